package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * HOLD_CALL_CONF (55): Confirms HOLD_CALL_REQ.
 */
public record HoldCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.HOLD_CALL_CONF;
    }
}
