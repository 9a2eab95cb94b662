package org.ctios.server.domain.history;

/** How a call's history record came to be written. */
public enum EndReason {
    /** Its END_CALL_EVENT arrived: the timeline is complete. */
    ENDED,
    /**
     * It ended while the CTI link was down: a complete snapshot after reconnecting no longer listed it. The end time
     * is when the application found out; the events of its last moments are missing.
     */
    ENDED_WHILE_LINK_DOWN
}
