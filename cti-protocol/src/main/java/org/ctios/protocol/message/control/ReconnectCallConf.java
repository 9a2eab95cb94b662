package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * RECONNECT_CALL_CONF (61): Confirms RECONNECT_CALL_REQ.
 */
public record ReconnectCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.RECONNECT_CALL_CONF;
    }
}
