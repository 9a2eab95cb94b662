package org.ctios.protocol.message.team;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.TeamMember;

/**
 * AGENT_TEAM_CONFIG_EVENT (128): an agent team's members and supervisors, sent to a supervisor session right after it
 * opens (one or more messages per team) and whenever the team's configuration changes. {@code configOperation}
 * ({@link org.ctios.protocol.types.ConfigOperation}) says whether the members listed are the whole team (0), join it
 * (1) or leave it (2); a member's AgentFlags marks the supervisors. {@code numberOfAgents} is kept as sent (at most
 * 64 per message); the list holds what the floating part carried.
 */
public record AgentTeamConfigEvent(long peripheralId, long teamId, int numberOfAgents, int configOperation,
                                   int departmentId, String agentTeamName, List<TeamMember> members)
        implements CtiMessage {

    /** The most members one message carries; a larger team comes in several. */
    public static final int MAX_MEMBERS = 64;

    public AgentTeamConfigEvent {
        members = List.copyOf(members);
    }

    @Override
    public MessageType messageType() {
        return MessageType.AGENT_TEAM_CONFIG_EVENT;
    }
}
