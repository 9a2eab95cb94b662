package org.ctios.simulator.acd;

/** Why the switch refused a request; the CTI Server reports each as a CONTROL_FAILURE_CONF failure code. */
public enum AcdFailure {
    UNKNOWN_AGENT,
    WRONG_PASSWORD,
    AGENT_ALREADY_LOGGED_IN,
    AGENT_NOT_LOGGED_IN,
    /** The request does not fit the agent's or the call's present state. */
    INVALID_STATE,
    REASON_CODE_REQUIRED,
    UNKNOWN_CALL,
    NOT_A_PARTY,
    NO_CALL_TO_ANSWER,
    NO_ACTIVE_CALL,
    NO_HELD_CALL,
    INVALID_DESTINATION,
    /** DTMF digits other than 0-9, *, # and A-D, none, or more than 31. */
    INVALID_DIGITS,
    UNKNOWN_SKILL_GROUP,
    NOT_A_SUPERVISOR,
    /** A user message for a client the switch does not know. */
    UNKNOWN_CLIENT,
    /**
     * No supervisor of the agent's team is logged in to help it; or a user message for the supervisor of an agent
     * whose team has none, or of no known agent.
     */
    NO_SUPERVISOR,
    /** A user message for the team of an agent who has none, or of no known agent. */
    NO_TEAM,
    /** As many calls as the switch lets wait for one agent already wait for it. */
    QUEUE_FULL,
    PERIPHERAL_OFFLINE
}
