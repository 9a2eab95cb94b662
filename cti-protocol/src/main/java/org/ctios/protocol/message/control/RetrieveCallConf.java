package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * RETRIEVE_CALL_CONF (63): Confirms RETRIEVE_CALL_REQ.
 */
public record RetrieveCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.RETRIEVE_CALL_CONF;
    }
}
