package org.ctios.protocol.message.team;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * LIST_AGENT_TEAM_REQ (133): a supervisor client asks for the agent teams it may monitor, as the switch's Agent Team
 * Supervisor table says. {@code supervisorId} is the requesting supervisor's skill target ID.
 */
public record ListAgentTeamReq(long invokeId, long supervisorId) implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.LIST_AGENT_TEAM_REQ;
    }
}
