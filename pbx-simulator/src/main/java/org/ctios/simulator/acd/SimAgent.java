package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.AgentState;

/**
 * An agent of the simulated ACD as the CTI Server reports it: identity, skill groups and current state.
 * Immutable; the {@link Acd} replaces it on every change.
 */
public record SimAgent(String agentId, String extension, String instrument, List<Integer> skillGroups,
                       AgentState state, int reasonCode, Instant stateSince) {

    public SimAgent {
        skillGroups = List.copyOf(skillGroups);
    }

    SimAgent withState(AgentState newState, int newReasonCode, Instant at) {
        return new SimAgent(agentId, extension, instrument, skillGroups, newState, newReasonCode, at);
    }
}
