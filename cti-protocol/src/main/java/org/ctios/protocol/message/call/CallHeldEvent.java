package org.ctios.protocol.message.call;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * CALL_HELD_EVENT (11): A device put the call on hold.
 */
public record CallHeldEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                            long connectionCallId, int holdingDeviceType, int localConnectionState, int eventCause,
                            String connectionDeviceId, String holdingDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CALL_HELD_EVENT;
    }
}
