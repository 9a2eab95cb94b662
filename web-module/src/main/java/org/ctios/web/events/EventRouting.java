package org.ctios.web.events;

import java.util.Set;

/**
 * What a stream event is about, which is what filters look at: its type, and the agents, teams and skill groups it
 * concerns.
 */
public record EventRouting(String type, Set<String> agentIds, Set<String> teamIds, Set<String> skillGroups) {

    public EventRouting {
        agentIds = Set.copyOf(agentIds);
        teamIds = Set.copyOf(teamIds);
        skillGroups = Set.copyOf(skillGroups);
    }
}
