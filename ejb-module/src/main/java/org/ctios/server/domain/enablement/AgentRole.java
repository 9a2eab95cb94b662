package org.ctios.server.domain.enablement;

/** The agent's role on the ACD. */
public enum AgentRole {
    AGENT,
    /** May also join agents' calls (barge-in, intercept); see {@link CallLeg#supervising()}. */
    SUPERVISOR
}
