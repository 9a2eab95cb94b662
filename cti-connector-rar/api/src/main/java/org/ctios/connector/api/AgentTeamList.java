package org.ctios.connector.api;

import java.util.List;

/**
 * The agent teams a supervisor may monitor, as LIST_AGENT_TEAM_CONF lists them: at most 64 in one confirmation.
 *
 * @param moreFollow the CTI Server said further confirmations follow (more than 64 teams); a typed request returns
 *                   the first only, and the connector's own resynchronisation reads them all
 */
public record AgentTeamList(List<Long> teamIds, boolean moreFollow) {

    public AgentTeamList {
        teamIds = List.copyOf(teamIds);
    }
}
