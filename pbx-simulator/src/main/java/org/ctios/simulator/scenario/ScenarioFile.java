package org.ctios.simulator.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A scenario as written in JSON. Agents can be listed one by one, or in ranges of consecutive ids and extensions
 * (what a load scenario of thousands of agents needs). Times are in seconds.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record ScenarioFile(String name, Long peripheralId, List<SkillGroupProfile> skillGroups, List<TeamProfile> teams,
                    List<AgentEntry> agents, List<AgentRange> agentRanges, Traffic traffic) {

    /**
     * One agent. Its names are the organisation's (CTI OS's FirstName and LastName), read here so that one file
     * describes the contact centre to both the simulator and the server; the switch does not use them (the
     * GED-188 link does not carry them).
     */
    record AgentEntry(String agentId, String extension, String instrument, String password,
                      List<Integer> skillGroups, Integer teamId, boolean supervisor, AgentMode mode,
                      String firstName, String lastName) {
    }

    /**
     * {@code count} agents with ids from {@code firstAgentId} and extensions from {@code firstExtension}; each
     * agent's password is its id. {@code names}, if any, belong to the range's agents in order (ignored here, as
     * an agent's own names are); there may be fewer than agents, not more.
     */
    record AgentRange(int firstAgentId, int firstExtension, int count, List<Integer> skillGroups, Integer teamId,
                      AgentMode mode, List<AgentName> names) {
    }

    /** An agent's names in a range's {@code names}. */
    record AgentName(String firstName, String lastName) {
    }

    /** The traffic, in seconds. */
    record Traffic(Double callsPerSecond, Map<Integer, Double> skillGroupWeights, Double ringSeconds,
                   Double handleSeconds, Double wrapUpSeconds, Double patienceSeconds, Double ringNoAnswerSeconds) {
    }
}
