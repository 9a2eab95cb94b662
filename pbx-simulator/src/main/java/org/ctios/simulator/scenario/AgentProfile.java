package org.ctios.simulator.scenario;

import java.util.List;
import java.util.Objects;

/**
 * An agent of the scenario.
 *
 * @param skillGroups the numbers of the skill groups the agent takes calls for
 * @param teamId      the agent's team, or {@code null}
 * @param supervisor  whether the agent may supervise (barge in, intercept) the calls of its team
 */
public record AgentProfile(String agentId, String extension, String instrument, String password,
                           List<Integer> skillGroups, Integer teamId, boolean supervisor, AgentMode mode) {

    public AgentProfile {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(extension, "extension");
        instrument = instrument == null ? extension : instrument;
        password = password == null ? "" : password;
        skillGroups = List.copyOf(skillGroups);
        mode = mode == null ? AgentMode.SIMULATED : mode;
    }
}
