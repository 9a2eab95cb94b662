package org.ctios.server.api;

/** What an agent does to a call at its own device, as a CTI OS softphone's call buttons do. */
public enum CallAction {
    /** Answer the call ringing at the agent's device. */
    ANSWER,
    /** Drop the agent's device from the call (the call ends when no other party is left). */
    RELEASE,
    /** Put the connected call on hold. */
    HOLD,
    /** Take the held call off hold. */
    RETRIEVE,
    /** Hold the connected call and dial a destination, for a transfer or conference to follow. */
    CONSULT,
    /** Complete the agent's consultation as a transfer: the held call's parties join the consulted one. */
    TRANSFER,
    /** Complete the agent's consultation as a conference: everyone on one call, the agent staying. */
    CONFERENCE,
    /** Transfer the connected call to a destination without consulting first. */
    SINGLE_STEP_TRANSFER,
    /** Swap the agent's connected and held calls: hold the one, retrieve the other. */
    ALTERNATE,
    /** Drop the consultation call and take the held call back. */
    RECONNECT;

    /** Whether the action dials a destination, which must then be given. */
    public boolean needsDestination() {
        return this == CONSULT || this == SINGLE_STEP_TRANSFER;
    }
}
