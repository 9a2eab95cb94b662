package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * ANSWER_CALL_REQ (42): Answers a call ringing at a device.
 */
public record AnswerCallReq(long invokeId, long peripheralId, long connectionCallId, int connectionDeviceIdType,
                            String connectionDeviceId, String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.ANSWER_CALL_REQ;
    }
}
