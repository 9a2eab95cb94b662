package org.ctios.web.api.agents;

/**
 * A requested agent state: {@code state} one of LOGIN, LOGOUT, AVAILABLE, NOT_READY, WORK_READY, WORK_NOT_READY;
 * {@code reasonCode} for NOT_READY and LOGOUT; {@code instrument} and {@code password} to log in (the instrument
 * defaults to the one the agent was last seen on).
 */
public record AgentStateChange(String state, Integer reasonCode, String instrument, String password) {
}
