package org.ctios.protocol.message.session;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/** CLOSE_CONF (8): the session is closed. */
public record CloseConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.CLOSE_CONF;
    }
}
