package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_CLEARED_EVENT (13): The call has ended for every party.
 */
public record CallClearedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                               long connectionCallId, int localConnectionState, int eventCause,
                               String connectionDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_CLEARED_EVENT;
    }
}
