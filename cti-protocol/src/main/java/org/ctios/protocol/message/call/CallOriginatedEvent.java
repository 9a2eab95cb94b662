package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_ORIGINATED_EVENT (15): A device started an outgoing call (an agent's dial-out or consultation call).
 */
public record CallOriginatedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                                  long connectionCallId, int lineHandle, int lineType, long serviceNumber,
                                  long serviceId, long skillGroupNumber, long skillGroupId, int skillGroupPriority,
                                  int callingDeviceType, int calledDeviceType, int localConnectionState,
                                  int eventCause, String connectionDeviceId, String callingDeviceId,
                                  String calledDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_ORIGINATED_EVENT;
    }
}
