package org.ctios.protocol.message.call;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * CALL_DELIVERED_EVENT (9): A call is ringing at a device (an agent's phone, typically): the moment a desktop pops
 * the customer's data. Carries the call's ANI, DNIS, call variables and ECC variables.
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record CallDeliveredEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                                 long connectionCallId, int lineHandle, int lineType, long serviceNumber,
                                 long serviceId, long skillGroupNumber, long skillGroupId, int skillGroupPriority,
                                 int alertingDeviceType, int callingDeviceType, int calledDeviceType,
                                 int lastRedirectDeviceType, int localConnectionState, int eventCause,
                                 int numNamedVariables, int numNamedArrays, String connectionDeviceId,
                                 String alertingDeviceId, String callingDeviceId, String calledDeviceId,
                                 String lastRedirectDeviceId, Long trunkNumber, Long trunkGroupNumber,
                                 Long secondaryConnectionCallId, String ani, String aniIi, ByteString userToUserInfo,
                                 String dnis, String dialedNumber, String callerEnteredDigits,
                                 CallVariables callVariables, String callWrapupData,
                                 List<NamedVariable> namedVariables, List<NamedArray> namedArrays)
        implements CtiMessage {

    public CallDeliveredEvent {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CALL_DELIVERED_EVENT;
    }
}
