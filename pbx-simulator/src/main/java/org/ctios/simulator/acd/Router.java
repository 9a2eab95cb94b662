package org.ctios.simulator.acd;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * ACD routing: a call for a skill group goes to the agent of that group that has been available longest; with none
 * available it waits in the group's queue, and an agent who becomes available takes the call that has waited
 * longest in any of its groups. A call targeted at one agent goes to that agent only, when it is available.
 */
final class Router {

    /** Every agent of the switch, a live view. */
    private final Collection<Agent> agents;

    Router(Collection<Agent> agents) {
        this.agents = agents;
    }

    /** The call's target agent if it has one and is free; else the longest-available agent of the group, if any. */
    Optional<Agent> agentFor(Call call, SkillGroup group) {
        if (call.targetAgent() != null) {
            return Optional.of(call.targetAgent()).filter(Agent::isRoutable);
        }
        return agents.stream()
                .filter(Agent::isRoutable)
                .filter(agent -> agent.skillGroups().contains(group))
                .min(Comparator.comparing(Agent::availableSince));
    }

    /** The call that has waited longest in any of the agent's groups for it (or for anyone), if any waits. */
    Optional<Call> callFor(Agent agent) {
        return agent.skillGroups().stream()
                .map(group -> group.longestWaitingFor(agent))
                .filter(call -> call != null)
                .min(Comparator.comparing(Call::queuedAt));
    }
}
