package org.ctios.protocol.message.agent;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * QUERY_AGENT_STATE_REQ (36): Asks for an agent's current state, naming the agent by extension, id or instrument.
 */
public record QueryAgentStateReq(long invokeId, long peripheralId, int mrdId, int icmAgentId, String agentExtension,
                                 String agentId, String agentInstrument) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.QUERY_AGENT_STATE_REQ;
    }
}
