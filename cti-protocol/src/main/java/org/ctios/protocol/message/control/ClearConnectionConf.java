package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * CLEAR_CONNECTION_CONF (47): Confirms CLEAR_CONNECTION_REQ.
 */
public record ClearConnectionConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLEAR_CONNECTION_CONF;
    }
}
