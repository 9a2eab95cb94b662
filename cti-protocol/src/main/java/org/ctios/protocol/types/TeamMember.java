package org.ctios.protocol.types;

/**
 * One member of an agent team, from the repeated floating group of AGENT_TEAM_CONFIG_EVENT: AtcAgentID (tag 86),
 * AgentFlags (87, {@link AgentFlags}), AtcAgentState (88, an {@link AgentState} number) and AtcStateDuration (89,
 * seconds in that state). An absent member is {@code null}, so what was received is what is re-encoded.
 */
public record TeamMember(String atcAgentId, Integer agentFlags, Integer atcAgentState, Long atcStateDuration) {

    /** A member with all four fields. */
    public static TeamMember of(String agentId, int flags, int state, long duration) {
        return new TeamMember(agentId, flags, state, duration);
    }

    /** Whether AgentFlags names this member a supervisor of the team (primary or not). */
    public boolean supervisor() {
        return agentFlags != null && (agentFlags & (AgentFlags.PRIMARY_SUPERVISOR | AgentFlags.SUPERVISOR)) != 0;
    }
}
