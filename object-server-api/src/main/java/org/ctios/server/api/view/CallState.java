package org.ctios.server.api.view;

/**
 * Where a call stands, from its parties' connections, as the views show it: the constants of the domain's own
 * {@code CallState}, mapped by name where the views are built.
 */
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
