package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.connector.api.event.AgentEvent;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.translation.AgentChanges;
import org.ctios.server.application.translation.ProtocolEnums;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.agent.AgentSkillGroup;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.timeline.AgentStateEntry;
import org.ctios.server.domain.timeline.AgentTimeline;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;

/**
 * Applies agent events and agent snapshots to the stored agents, translated into the domain's changes
 * ({@link AgentChanges}), in {@link EventApplier}'s transaction, and adds each change of state or reason to the
 * agent's timeline in the same transaction (a persist, inserted with the batch's others at the commit).
 */
@ApplicationScoped
public class AgentEvents {

    private AgentRepository agents;
    private AgentTimeline timeline;

    /** For the container's proxy. */
    protected AgentEvents() {
    }

    @Inject
    public AgentEvents(AgentRepository agents, AgentTimeline timeline) {
        this.agents = agents;
        this.timeline = timeline;
    }

    public void apply(AgentStateChanged event, LiveChange change) {
        applyTranslated(event, false, change);
    }

    public void reconcile(AgentSnapshot snapshot, LiveChange change) {
        applyTranslated(snapshot, true, change);
    }

    private void applyTranslated(AgentEvent event, boolean reconciled, LiveChange change) {
        Agent agent = agentFor(event.agentId(), event.origin().receivedAt());
        Set<String> devicesBefore = agent.devices();
        AgentState stateBefore = agent.state();
        int reasonBefore = agent.reasonCode();
        if (agent.apply(AgentChanges.of(event))) {
            if (agent.state() != stateBefore || agent.reasonCode() != reasonBefore) {
                timeline.add(new AgentStateEntry(agent.agentId(), agent.stamp(), agent.state(), agent.reasonCode(),
                        agent.stateSince()));
            }
            publishDeviceChange(agent, devicesBefore);
            announce(agent, reconciled, change);
        }
    }

    /** A login on another instrument must be found by the next event at that device, even in the same batch. */
    private void publishDeviceChange(Agent agent, Set<String> devicesBefore) {
        if (!agent.devices().equals(devicesBefore)) {
            agents.publishDevices();
        }
    }

    private Agent agentFor(String agentId, Instant seenAt) {
        return agents.find(agentId).orElseGet(() -> {
            Agent created = new Agent(agentId, seenAt);
            agents.add(created);
            return created;
        });
    }

    /**
     * The agent as this change left it, then its notice: fired now without the agent's view, which the change adds
     * for the live model's listeners once it is the model's version, with the calls of that version (see
     * {@link AgentStateNotice}).
     */
    private void announce(Agent agent, boolean reconciled, LiveChange change) {
        change.agent(agent);
        change.announce(new AgentStateNotice(agent.agentId(), ProtocolEnums.toProtocol(agent.state()),
                agent.reasonCode(), agent.stateSince(), reconciled, null));
        Set<Long> groups = agent.skillGroups().stream().map(AgentSkillGroup::skillGroupNumber)
                .collect(Collectors.toSet());
        if (!groups.isEmpty()) {
            change.announce(new SkillGroupStatisticsNotice(groups));
        }
    }
}
