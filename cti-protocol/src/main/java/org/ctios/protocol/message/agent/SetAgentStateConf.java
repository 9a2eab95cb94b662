package org.ctios.protocol.message.agent;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * SET_AGENT_STATE_CONF (39): Confirms SET_AGENT_STATE_REQ; the agent's new state follows as AGENT_STATE_EVENT.
 */
public record SetAgentStateConf(long invokeId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SET_AGENT_STATE_CONF;
    }
}
