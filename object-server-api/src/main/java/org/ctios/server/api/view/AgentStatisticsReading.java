package org.ctios.server.api.view;

import java.time.Instant;
import java.util.Map;
import org.ctios.protocol.message.statistics.AgentStatistic;

/**
 * An agent's call-handling statistics as the switch last reported them (QUERY_AGENT_STATISTICS): each figure since
 * the agent's login and since midnight. Times are seconds, the other figures counts of completed calls.
 *
 * @param readAt when the switch answered: the figures are as old as that
 */
public record AgentStatisticsReading(String agentId, Instant readAt, Map<AgentStatistic, Long> sinceLogin,
                                     Map<AgentStatistic, Long> today) {

    public AgentStatisticsReading {
        sinceLogin = Map.copyOf(sinceLogin);
        today = Map.copyOf(today);
    }
}
