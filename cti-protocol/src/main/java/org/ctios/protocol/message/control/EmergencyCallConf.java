package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * EMERGENCY_CALL_CONF (122): Confirms EMERGENCY_CALL_REQ with the connection of the call placed to the supervisor;
 * LineHandle 0xFFFF when unknown.
 */
public record EmergencyCallConf(long invokeId, long connectionCallId, int connectionDeviceIdType, int lineHandle,
                              int lineType, String connectionDeviceId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.EMERGENCY_CALL_CONF;
    }
}
