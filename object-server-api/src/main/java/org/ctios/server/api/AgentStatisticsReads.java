package org.ctios.server.api;

import java.time.Duration;
import org.ctios.server.api.view.AgentStatisticsReading;

/**
 * Agents' statistics from the switch. The switch is asked at most once per agent per {@link #refreshInterval()},
 * and only when someone reads them: a reading younger than the interval is answered from memory, and readers that
 * find it older at the same moment share the one query that refreshes it.
 */
public interface AgentStatisticsReads {

    /**
     * The agent's latest reading, refreshed first if older than the interval.
     *
     * @throws UnknownAgentException when no such agent is known
     * @throws ServerBusyException   when the shared query did not answer within the wait
     */
    AgentStatisticsReading statistics(String agentId);

    /** How old a reading may be before a read asks the switch again. */
    Duration refreshInterval();
}
