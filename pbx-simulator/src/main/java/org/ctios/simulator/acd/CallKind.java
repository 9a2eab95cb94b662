package org.ctios.simulator.acd;

/** How a call came to be, which the CTI Server reports as its CallType. */
public enum CallKind {
    /** A customer call routed to a skill group. */
    ACD_IN,
    /** An agent dialled an outside number. */
    AGENT_OUT,
    /** An agent dialled another agent. */
    AGENT_INSIDE,
    /** An agent's consultation call, made while the customer call is on hold. */
    CONSULT
}
