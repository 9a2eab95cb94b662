package org.ctios.server.api;

import java.time.Instant;
import org.ctios.server.api.view.TimeInStateView;
import org.ctios.server.api.view.TimelinePage;

/**
 * The agents' timelines, read from the database (what happened), within the requests' share of its connections:
 * no number of readers takes those the CTI events are applied with. Kept {@code ctios.timeline.retention-days}.
 */
public interface AgentTimelineReads {

    /**
     * The agent's state changes entered in [from, to), oldest first, a page of them.
     *
     * @throws UnknownAgentException when no such agent is known
     */
    TimelinePage timeline(String agentId, Instant from, Instant to, int offset, int limit);

    /**
     * The agent's time in each kind of state over [from, to), counting the state it was in at {@code from}.
     *
     * @throws UnknownAgentException when no such agent is known
     */
    TimeInStateView timeInState(String agentId, Instant from, Instant to);
}
