package org.ctios.simulator.acd;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * ACD routing: a call for a skill group goes to the agent of that group that has been available longest; with none
 * available it waits in the group's queue, and an agent who becomes available takes the call that has waited
 * longest in any of its groups.
 */
final class Router {

    /** Every agent of the switch, a live view. */
    private final Collection<Agent> agents;

    Router(Collection<Agent> agents) {
        this.agents = agents;
    }

    /** The longest-available agent of the group, if any is free. */
    Optional<Agent> agentFor(SkillGroup group) {
        return agents.stream()
                .filter(Agent::isRoutable)
                .filter(agent -> agent.skillGroups().contains(group))
                .min(Comparator.comparing(Agent::availableSince));
    }

    /** The call that has waited longest in any of the agent's groups, if any waits. */
    Optional<Call> callFor(Agent agent) {
        return agent.skillGroups().stream()
                .map(SkillGroup::longestWaiting)
                .filter(call -> call != null)
                .min(Comparator.comparing(Call::queuedAt));
    }
}
