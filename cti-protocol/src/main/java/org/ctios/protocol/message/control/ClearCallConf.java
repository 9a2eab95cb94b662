package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLEAR_CALL_CONF (45): Confirms CLEAR_CALL_REQ.
 */
public record ClearCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLEAR_CALL_CONF;
    }
}
