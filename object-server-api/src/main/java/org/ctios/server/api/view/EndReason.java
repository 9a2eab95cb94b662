package org.ctios.server.api.view;

/**
 * How a call's history record came to be written, as the history's views and the call-ended notice show it: the
 * constants of the domain's own {@code EndReason}, mapped by name.
 */
public enum EndReason {
    /** Its END_CALL_EVENT arrived: the timeline is complete. */
    ENDED,
    /**
     * It ended while the CTI link was down: a complete snapshot after reconnecting no longer listed it. The end time
     * is when the application found out; the events of its last moments are missing.
     */
    ENDED_WHILE_LINK_DOWN
}
