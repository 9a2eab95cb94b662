package org.ctios.server.application.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ctios.server.api.AgentTimelineReads;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.view.AgentStateChangeView;
import org.ctios.server.api.view.TimeInStateView;
import org.ctios.server.api.view.TimelinePage;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.application.translation.ProtocolEnums;
import org.ctios.server.domain.timeline.AgentStateEntry;
import org.ctios.server.domain.timeline.AgentTimeline;
import org.ctios.server.domain.timeline.TimeInState;

/** {@link AgentTimelineReads} over the stored timelines; the agent must be known to the live model. */
@ApplicationScoped
@RequestShare
@Transactional
public class AgentTimelineQueries implements AgentTimelineReads {

    /** The most state changes a summary reads: far more than an agent makes in a day (a few hundred). */
    static final int MAX_SUMMARISED_CHANGES = 20_000;

    private AgentTimeline timeline;
    private AgentQueries agents;
    private Clock clock;

    /** For the container's proxy. */
    protected AgentTimelineQueries() {
    }

    @Inject
    public AgentTimelineQueries(AgentTimeline timeline, AgentQueries agents) {
        this(timeline, agents, Clock.systemUTC());
    }

    public AgentTimelineQueries(AgentTimeline timeline, AgentQueries agents, Clock clock) {
        this.timeline = timeline;
        this.agents = agents;
        this.clock = clock;
    }

    @Override
    public TimelinePage timeline(String agentId, Instant from, Instant to, int offset, int limit) {
        requireKnown(agentId);
        return new TimelinePage(timeline.entries(agentId, from, to, offset, limit).stream()
                .map(AgentTimelineQueries::view).toList(), timeline.count(agentId, from, to), offset, limit);
    }

    @Override
    public TimeInStateView timeInState(String agentId, Instant from, Instant to) {
        requireKnown(agentId);
        AgentStateEntry inEffect = timeline.inEffectAt(agentId, from).orElse(null);
        List<AgentStateEntry> entries = timeline.entries(agentId, from, to, 0, MAX_SUMMARISED_CHANGES + 1);
        if (entries.size() > MAX_SUMMARISED_CHANGES) {
            throw new IllegalArgumentException("agent " + agentId + " changed state more than "
                    + MAX_SUMMARISED_CHANGES + " times from " + from + " to " + to + ": ask for a shorter period");
        }
        TimeInState sums = TimeInState.of(from, to, inEffect, entries, clock.instant());
        return new TimeInStateView(agentId, sums.from(), sums.to(), sums.loggedIn(), sums.ready(), sums.notReady(),
                sums.notReadyByReason(), sums.talking(), sums.wrapUp(), sums.other());
    }

    /** @return how many lines were older than the cutoff and deleted */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetBefore(Instant cutoff) {
        return timeline.forgetBefore(cutoff);
    }

    private void requireKnown(String agentId) {
        if (agents.byId(agentId).isEmpty()) {
            throw new UnknownAgentException(agentId);
        }
    }

    private static AgentStateChangeView view(AgentStateEntry entry) {
        return new AgentStateChangeView(entry.agentId(), ProtocolEnums.toProtocol(entry.state()), entry.reasonCode(),
                entry.enteredAt());
    }
}
