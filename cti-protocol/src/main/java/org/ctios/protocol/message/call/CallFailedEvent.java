package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_FAILED_EVENT (16): A call could not be completed (busy, invalid number...).
 */
public record CallFailedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                              long connectionCallId, int failingDeviceType, int calledDeviceType,
                              int localConnectionState, int eventCause, String connectionDeviceId,
                              String failingDeviceId, String calledDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_FAILED_EVENT;
    }
}
