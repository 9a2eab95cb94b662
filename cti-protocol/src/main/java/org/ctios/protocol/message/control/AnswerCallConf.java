package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * ANSWER_CALL_CONF (43): Confirms ANSWER_CALL_REQ.
 */
public record AnswerCallConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.ANSWER_CALL_CONF;
    }
}
