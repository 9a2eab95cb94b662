package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_CONNECTION_CLEARED_EVENT (14): One device left the call (hung up, or was dropped); the others may still be
 * on it.
 */
public record CallConnectionClearedEvent(long monitorId, long peripheralId, int peripheralType,
                                         int connectionDeviceIdType, long connectionCallId, int releasingDeviceType,
                                         int localConnectionState, int eventCause, String connectionDeviceId,
                                         String releasingDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_CONNECTION_CLEARED_EVENT;
    }
}
