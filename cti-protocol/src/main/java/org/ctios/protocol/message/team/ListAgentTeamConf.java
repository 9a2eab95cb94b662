package org.ctios.protocol.message.team;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.TeamId;

/**
 * LIST_AGENT_TEAM_CONF (134): the teams a supervisor may monitor, at most 64 per message; {@code more} 1 says further
 * confirmations of the same InvokeID follow, 0 that this is the last. {@code numberOfAgentTeams} is kept as sent.
 */
public record ListAgentTeamConf(long invokeId, int numberOfAgentTeams, int segmentNumber, int more,
                                List<TeamId> teamIds) implements InvokedMessage {

    /** The most TeamIDs one confirmation carries. */
    public static final int MAX_TEAMS = 64;

    public ListAgentTeamConf {
        teamIds = List.copyOf(teamIds);
    }

    /** Whether more confirmations of this request follow. */
    public boolean moreFollow() {
        return more != 0;
    }

    @Override
    public MessageType messageType() {
        return MessageType.LIST_AGENT_TEAM_CONF;
    }
}
