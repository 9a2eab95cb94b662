package org.ctios.server.api.view;

/**
 * A softphone button whose enablement the object server tells the agent desktop, as CTI OS's enablement bits, as
 * the views and the desks show it: the constants of the domain's own {@code AgentAction}, mapped by name where the
 * views are built.
 */
public enum AgentAction {
    /** Answer the call ringing at the agent's phone. */
    ANSWER,
    /** Hang up the agent's active call (or the consultation, when one is in progress). */
    RELEASE,
    /** Put the active call on hold. */
    HOLD,
    /** Take a held call off hold. */
    RETRIEVE,
    /** Dial a new call from an idle phone. */
    MAKE_CALL,
    /** Hold the active call and dial a consultation call, to transfer it once the target answers (or rings). */
    TRANSFER_INIT,
    /** Join the held call and the consultation call and drop out: the customer goes to the consulted party. */
    TRANSFER_COMPLETE,
    /** Transfer the active call to a number in one step, without consulting (blind transfer). */
    SINGLE_STEP_TRANSFER,
    /** Hold the active call and dial a consultation call, to conference it in once the target answers. */
    CONFERENCE_INIT,
    /** Join the held call and the connected consultation call into one conference, the agent staying on it. */
    CONFERENCE_COMPLETE,
    /** Swap the active and the held call: hold the one, retrieve the other, in one request to the switch. */
    ALTERNATE,
    /** Drop the consultation call and take the held call back, in one request to the switch. */
    RECONNECT,
    /** Send the call ringing at the agent's phone to another number instead of answering it. */
    DEFLECT,
    /**
     * End the whole call for every party: on a conference, for the agent who set it up only; on any other call, for
     * any of its agents (as CTI OS allows).
     */
    CLEAR_CALL,
    /** Drop one party from a conference (that party's connection is cleared): for the conference's controller. */
    DROP_PARTY,
    /** Play DTMF tones on the connected call (digits 0-9, *, #, A-D). */
    SEND_DTMF,
    /** Start recording the connected call. */
    START_RECORDING,
    /** Stop recording the connected call. */
    STOP_RECORDING,
    /** Report the connected call as a bad line, for the system to record its trunk and device data. */
    BAD_CALL,
    /** Enter wrap-up data (a reason for the call just handled) for the current or last call. */
    WRAP_UP,
    /** Log the agent in to the ACD. */
    LOGIN,
    /** Log the agent out of the ACD. */
    LOGOUT,
    /** Log the agent out with a logout reason code. */
    LOGOUT_WITH_REASON,
    /** Make the agent Ready (AVAILABLE): routable for ACD calls. */
    READY,
    /** Make the agent Not Ready, or set Not Ready as the state to enter when the current call ends. */
    NOT_READY,
    /** Not Ready with a reason code, or a new reason for an agent already Not Ready. */
    NOT_READY_WITH_REASON
}
