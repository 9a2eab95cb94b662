package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * DEFLECT_CALL_CONF (53): Confirms DEFLECT_CALL_REQ.
 */
public record DeflectCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.DEFLECT_CALL_CONF;
    }
}
