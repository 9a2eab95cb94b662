package org.ctios.protocol.message.call;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ConnectedParty;

/**
 * CALL_CONFERENCED_EVENT (17): Two calls were joined into a conference on the primary call; lists the parties now
 * connected.
 *
 * <p>The fixed part's count fields (numParties) are kept as sent; the lists hold what the floating part carried.
 */
public record CallConferencedEvent(long monitorId, long peripheralId, int peripheralType, int primaryDeviceIdType,
                                   long primaryCallId, int lineHandle, int lineType, long skillGroupNumber,
                                   long skillGroupId, int skillGroupPriority, int numParties,
                                   int secondaryDeviceIdType, long secondaryCallId, int controllerDeviceType,
                                   int addedPartyDeviceType, int localConnectionState, int eventCause,
                                   String primaryDeviceId, String secondaryDeviceId, String controllerDeviceId,
                                   String addedPartyDeviceId, List<ConnectedParty> connectedParties)
        implements CtiMessage {

    public CallConferencedEvent {
        connectedParties = List.copyOf(connectedParties);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CALL_CONFERENCED_EVENT;
    }
}
