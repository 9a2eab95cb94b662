package org.ctios.server.domain.call;

import java.util.Collection;

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
    CLEARED;

    /** Where a call stands whose parties are in these connection states, or that was cleared for every device. */
    public static CallState of(boolean cleared, Collection<ConnectionState> partyStates) {
        if (cleared) {
            return CLEARED;
        }
        if (partyStates.contains(ConnectionState.CONNECT)) {
            return CONNECTED;
        }
        if (partyStates.contains(ConnectionState.HOLD)) {
            return HELD;
        }
        if (partyStates.contains(ConnectionState.ALERTING)) {
            return ALERTING;
        }
        if (partyStates.contains(ConnectionState.INITIATE)) {
            return INITIATED;
        }
        if (partyStates.contains(ConnectionState.QUEUED)) {
            return QUEUED;
        }
        return BEGUN;
    }
}
