package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SUPERVISOR_ASSIST_CONF (119): Confirms SUPERVISOR_ASSIST_REQ with the connection of the call placed to the supervisor;
 * LineHandle 0xFFFF when unknown.
 */
public record SupervisorAssistConf(long invokeId, long connectionCallId, int connectionDeviceIdType, int lineHandle,
                              int lineType, String connectionDeviceId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SUPERVISOR_ASSIST_CONF;
    }
}
