package org.ctios.server.domain.call;

/** Where a call stands, from its parties' connections: the most advanced one wins. */
public enum CallState {
    /** Begun, no device connected yet. */
    BEGUN,
    /** Waiting in a skill group's queue. */
    QUEUED,
    /** Ringing at a device. */
    ALERTING,
    /** A device is dialling out on it. */
    INITIATED,
    /** On hold at every agent device on it. */
    HELD,
    /** At least one device is talking on it. */
    CONNECTED,
    /** Cleared for every device; its END_CALL has not come yet. */
    CLEARED
}
