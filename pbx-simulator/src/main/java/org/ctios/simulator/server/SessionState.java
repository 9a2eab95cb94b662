package org.ctios.simulator.server;

/** Where a client connection stands in the session rules of the protocol. */
public enum SessionState {
    /** Connected, OPEN_REQ not yet accepted: only OPEN_REQ is allowed. */
    CONNECTED,
    /** OPEN_CONF sent: the client receives events and may send requests. */
    OPEN,
    CLOSED
}
