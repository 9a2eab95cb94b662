package org.ctios.simulator.acd;

import java.util.List;

/**
 * An agent team as the switch configures it now.
 *
 * @param supervisorId the agent id of its (primary) supervisor, or null
 * @param members      its agents and its supervisor, each with its state
 */
public record TeamView(int id, String name, String supervisorId, List<Member> members) {

    public TeamView {
        members = List.copyOf(members);
    }

    /**
     * One member: {@code supervisor} marks the team's supervisor; {@code stateSeconds} is the time in its state.
     */
    public record Member(String agentId, boolean supervisor, org.ctios.protocol.types.AgentState state,
                         long stateSeconds) {
    }

    /** What a change of configuration does to the members it lists (ConfigOperation). */
    public enum Change {
        /** The members listed are the whole team. */
        WHOLE_TEAM,
        /** The members listed joined the team. */
        ADDED,
        /** The members listed left the team. */
        REMOVED
    }
}
