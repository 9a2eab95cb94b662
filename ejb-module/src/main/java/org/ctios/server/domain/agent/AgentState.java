package org.ctios.server.domain.agent;

/**
 * An agent's state on the ACD, in the domain's words. The constants are the CTI Server's agent states, one for one
 * and by the same names, which is also how they are stored: the application maps the protocol's to these by name.
 */
public enum AgentState {
    LOGIN,
    LOGOUT,
    NOT_READY,
    AVAILABLE,
    TALKING,
    WORK_NOT_READY,
    WORK_READY,
    BUSY_OTHER,
    RESERVED,
    UNKNOWN,
    HOLD,
    ACTIVE,
    PAUSED,
    INTERRUPTED,
    NOT_ACTIVE
}
