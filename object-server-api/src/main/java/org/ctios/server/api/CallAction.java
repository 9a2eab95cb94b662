package org.ctios.server.api;

import java.util.Optional;
import org.ctios.server.api.view.AgentAction;

/**
 * What an agent does to a call at its own device, as a CTI OS softphone's call buttons do. Each call button of the
 * enablement ({@link AgentAction}) is carried out by one of these ({@link #carrying}); the other buttons are agent
 * state changes, making a call and wrap-up data, which have requests of their own.
 */
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
    /** Swap the agent's connected and held calls in one request to the switch (ALTERNATE_CALL_REQ). */
    ALTERNATE,
    /** Drop the consultation call and take the held call back in one request (RECONNECT_CALL_REQ). */
    RECONNECT,
    /** Send the call ringing at the agent's device to a destination instead (DEFLECT_CALL_REQ). */
    DEFLECT,
    /** End the whole call for every party (CLEAR_CALL_REQ). */
    CLEAR_CALL,
    /** Drop another party (named by its device) from the conference the agent set up (CLEAR_CONNECTION_REQ). */
    DROP_PARTY,
    /** Play DTMF digits on the connected call (SEND_DTMF_SIGNAL_REQ). */
    SEND_DTMF,
    /** Start recording the connected call (START_RECORDING_REQ). */
    START_RECORDING,
    /** Stop recording the connected call (STOP_RECORDING_REQ). */
    STOP_RECORDING,
    /** Report the call as a bad line (BAD_CALL_REQ). */
    BAD_CALL;

    /** Whether the action dials a destination, which must then be given. */
    public boolean needsDestination() {
        return this == CONSULT || this == SINGLE_STEP_TRANSFER || this == DEFLECT;
    }

    /** Whether the action names another party of the call, by its device. */
    public boolean needsParty() {
        return this == DROP_PARTY;
    }

    /** Whether the action sends digits, which must then be given. */
    public boolean needsDigits() {
        return this == SEND_DTMF;
    }

    /**
     * The call action that carries out a call button, empty for the buttons that are not call actions (agent
     * states, making a call, wrap-up data): what a desktop sends when the agent presses that button.
     */
    public static Optional<CallAction> carrying(AgentAction button) {
        return Optional.ofNullable(switch (button) {
            case ANSWER -> ANSWER;
            case RELEASE -> RELEASE;
            case HOLD -> HOLD;
            case RETRIEVE -> RETRIEVE;
            case TRANSFER_INIT, CONFERENCE_INIT -> CONSULT;
            case TRANSFER_COMPLETE -> TRANSFER;
            case CONFERENCE_COMPLETE -> CONFERENCE;
            case SINGLE_STEP_TRANSFER -> SINGLE_STEP_TRANSFER;
            case ALTERNATE -> ALTERNATE;
            case RECONNECT -> RECONNECT;
            case DEFLECT -> DEFLECT;
            case CLEAR_CALL -> CLEAR_CALL;
            case DROP_PARTY -> DROP_PARTY;
            case SEND_DTMF -> SEND_DTMF;
            case START_RECORDING -> START_RECORDING;
            case STOP_RECORDING -> STOP_RECORDING;
            case BAD_CALL -> BAD_CALL;
            case MAKE_CALL, WRAP_UP, LOGIN, LOGOUT, LOGOUT_WITH_REASON, READY, NOT_READY, NOT_READY_WITH_REASON -> null;
        });
    }
}
