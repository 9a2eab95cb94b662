package org.ctios.protocol.message.call;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ConnectedParty;

/**
 * CALL_TRANSFERRED_EVENT (18): A call was transferred: the transferring device left and the parties of the
 * secondary call joined the primary call.
 *
 * <p>The fixed part's count fields (numParties) are kept as sent; the lists hold what the floating part carried.
 */
public record CallTransferredEvent(long monitorId, long peripheralId, int peripheralType, int primaryDeviceIdType,
                                   long primaryCallId, int lineHandle, int lineType, long skillGroupNumber,
                                   long skillGroupId, int skillGroupPriority, int numParties,
                                   int secondaryDeviceIdType, long secondaryCallId, int transferringDeviceType,
                                   int transferredDeviceType, int localConnectionState, int eventCause,
                                   String primaryDeviceId, String secondaryDeviceId, String transferringDeviceId,
                                   String transferredDeviceId, List<ConnectedParty> connectedParties)
        implements CtiMessage {

    public CallTransferredEvent {
        connectedParties = List.copyOf(connectedParties);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CALL_TRANSFERRED_EVENT;
    }
}
