package org.ctios.server.domain.agent;

/**
 * An agent's membership of a skill group and its state there: the state the last event reported for the group, or
 * the agent's own state when the group was configured before any event reported it.
 */
public record AgentSkillGroup(long skillGroupNumber, AgentState state) {
}
