package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SUPERVISE_CALL_CONF (125): Confirms SUPERVISE_CALL_REQ with the supervisor's connection to the call.
 */
public record SuperviseCallConf(long invokeId, long connectionCallId, int connectionDeviceIdType,
                                String connectionDeviceId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SUPERVISE_CALL_CONF;
    }
}
