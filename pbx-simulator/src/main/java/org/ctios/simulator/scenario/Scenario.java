package org.ctios.simulator.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the simulated ACD is made of: its peripheral, skill groups, teams, agents and traffic. Checked on
 * creation, so an engine never starts from an inconsistent scenario.
 */
public record Scenario(String name, long peripheralId, List<SkillGroupProfile> skillGroups, List<TeamProfile> teams,
                       List<AgentProfile> agents, TrafficProfile traffic) {

    public Scenario {
        skillGroups = List.copyOf(skillGroups);
        teams = List.copyOf(teams);
        agents = List.copyOf(agents);
        validate(skillGroups, teams, agents);
    }

    /** The same scenario with another arrival rate (0 for injected calls only). */
    public Scenario withCallsPerSecond(double callsPerSecond) {
        return new Scenario(name, peripheralId, skillGroups, teams, agents, traffic.withCallsPerSecond(callsPerSecond));
    }

    private static void validate(List<SkillGroupProfile> skillGroups, List<TeamProfile> teams,
                                 List<AgentProfile> agents) {
        Set<Integer> groupNumbers = new HashSet<>();
        for (SkillGroupProfile group : skillGroups) {
            require(groupNumbers.add(group.number()), "skill group " + group.number() + " appears twice");
        }
        Set<String> agentIds = new HashSet<>();
        Set<String> devices = new HashSet<>();
        for (AgentProfile agent : agents) {
            require(agentIds.add(agent.agentId()), "agent " + agent.agentId() + " appears twice");
            require(devices.add(agent.extension()), "extension " + agent.extension() + " is used twice");
            for (int group : agent.skillGroups()) {
                require(groupNumbers.contains(group), "agent " + agent.agentId() + ": no skill group " + group);
            }
            if (agent.teamId() != null) {
                require(teams.stream().anyMatch(t -> t.id() == agent.teamId()),
                        "agent " + agent.agentId() + ": no team " + agent.teamId());
            }
        }
        for (TeamProfile team : teams) {
            require(team.supervisorId() == null || agentIds.contains(team.supervisorId()),
                    "team " + team.id() + ": no supervisor agent " + team.supervisorId());
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("invalid scenario: " + problem);
        }
    }
}
