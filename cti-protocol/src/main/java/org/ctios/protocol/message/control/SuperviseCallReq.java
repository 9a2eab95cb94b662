package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SUPERVISE_CALL_REQ (124): A supervisor acts on an agent's call: monitor, whisper, barge in, intercept or clear
 * (SupervisoryAction).
 */
public record SuperviseCallReq(long invokeId, long peripheralId, long agentConnectionCallId,
                               long supervisorConnectionCallId, int agentConnectionDeviceIdType,
                               int supervisorConnectionDeviceIdType, int supervisoryAction,
                               String agentConnectionDeviceId, String supervisorConnectionDeviceId,
                               String agentExtension, String agentId, String agentInstrument,
                               String supervisorInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SUPERVISE_CALL_REQ;
    }
}
