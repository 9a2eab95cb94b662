package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * BAD_CALL_CONF (140): Confirms BAD_CALL_REQ.
 */
public record BadCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.BAD_CALL_CONF;
    }
}
