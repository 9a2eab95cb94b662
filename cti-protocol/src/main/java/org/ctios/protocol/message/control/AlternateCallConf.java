package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * ALTERNATE_CALL_CONF (41): Confirms ALTERNATE_CALL_REQ.
 */
public record AlternateCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.ALTERNATE_CALL_CONF;
    }
}
