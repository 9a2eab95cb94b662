package org.ctios.client;

import java.util.concurrent.CompletionStage;

/**
 * One agent's actions on one call ({@code POST /calls/{id}/actions}), as the REST API offers them. Each must be among
 * the agent's enabled actions on the call ({@link Call#enabledActions(String)}), else the stage fails with a
 * {@link CtiConflictException} of type {@code not-enabled}. The value of a successful outcome is the call as the
 * server answered (the consultation call for {@link #consult}, none when the call ended).
 */
public final class CallActions {

    private final Controls controls;
    private final String callId;
    private final String agentId;

    CallActions(Controls controls, String callId, String agentId) {
        this.controls = controls;
        this.callId = callId;
        this.agentId = agentId;
    }

    private CompletionStage<Outcome<Call>> act(String action) {
        return controls.act(callId, action, agentId, null, null, null);
    }

    public CompletionStage<Outcome<Call>> answer() {
        return act("ANSWER");
    }

    /** Drops the agent's device from the call (204, no value, when the call ended with it). */
    public CompletionStage<Outcome<Call>> release() {
        return act("RELEASE");
    }

    public CompletionStage<Outcome<Call>> hold() {
        return act("HOLD");
    }

    public CompletionStage<Outcome<Call>> retrieve() {
        return act("RETRIEVE");
    }

    /** Holds the call and dials {@code destination}; the outcome's call is the consultation call. */
    public CompletionStage<Outcome<Call>> consult(String destination) {
        return controls.act(callId, "CONSULT", agentId, destination, null, null);
    }

    /** Completes a consultation as a transfer. */
    public CompletionStage<Outcome<Call>> transfer() {
        return act("TRANSFER");
    }

    /** Completes a consultation as a conference. */
    public CompletionStage<Outcome<Call>> conference() {
        return act("CONFERENCE");
    }

    /** A blind transfer to {@code destination}. */
    public CompletionStage<Outcome<Call>> singleStepTransfer(String destination) {
        return controls.act(callId, "SINGLE_STEP_TRANSFER", agentId, destination, null, null);
    }

    /** Holds the connected call and retrieves the held one. */
    public CompletionStage<Outcome<Call>> alternate() {
        return act("ALTERNATE");
    }

    /** Releases the active call and retrieves the held one. */
    public CompletionStage<Outcome<Call>> reconnect() {
        return act("RECONNECT");
    }

    /** A ringing call rings at {@code destination} instead. */
    public CompletionStage<Outcome<Call>> deflect(String destination) {
        return controls.act(callId, "DEFLECT", agentId, destination, null, null);
    }

    /** Ends the call for every party (on a conference, only its controller may). */
    public CompletionStage<Outcome<Call>> clearCall() {
        return act("CLEAR_CALL");
    }

    /** The conference's controller drops another party's device. */
    public CompletionStage<Outcome<Call>> dropParty(String partyDevice) {
        return controls.act(callId, "DROP_PARTY", agentId, null, partyDevice, null);
    }

    /** Plays DTMF tones: 1 to 31 of {@code 0-9 * # A-D}. */
    public CompletionStage<Outcome<Call>> sendDtmf(String digits) {
        return controls.act(callId, "SEND_DTMF", agentId, null, null, digits);
    }

    public CompletionStage<Outcome<Call>> startRecording() {
        return act("START_RECORDING");
    }

    public CompletionStage<Outcome<Call>> stopRecording() {
        return act("STOP_RECORDING");
    }

    /** Reports a bad line (BAD_CALL_REQ). */
    public CompletionStage<Outcome<Call>> reportBadLine() {
        return act("BAD_CALL");
    }

    /**
     * Any action by its API name, for one this class has no method for yet; {@code destination}, {@code party} and
     * {@code digits} may be null.
     */
    public CompletionStage<Outcome<Call>> perform(String action, String destination, String party, String digits) {
        return controls.act(callId, action, agentId, destination, party, digits);
    }
}
