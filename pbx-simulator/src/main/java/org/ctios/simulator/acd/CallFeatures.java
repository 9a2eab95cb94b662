package org.ctios.simulator.acd;

import java.util.regex.Pattern;

/**
 * What a party does on its call besides talking: DTMF tones, recording, reporting a bad line. None of it changes who
 * is on the call, and the protocol has no event for any of it, so each is confirmed and nothing more; the switch
 * keeps the digits sent and whether the call is recorded in the call's view, for tests and demos to read.
 */
final class CallFeatures {

    /**
     * The DTMF digits this switch plays: a telephone keypad's and the four extra tones A to D, at most 31 (the
     * protocol's DTMFString holds 32 bytes with its NUL). The guide names no character set: this is the common DTMF
     * alphabet, a decision of the simulator's.
     */
    private static final Pattern DTMF_DIGITS = Pattern.compile("[0-9*#A-D]{1,31}");

    private final SwitchState state;

    CallFeatures(SwitchState state) {
        this.state = state;
    }

    /** Plays DTMF digits on a call connected at the device; the call keeps them, after those sent before. */
    Outcome<CallView> sendDtmf(long callId, String device, String digits) {
        Outcome<Connection> found = connected(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        if (digits == null || !DTMF_DIGITS.matcher(digits).matches()) {
            return Outcome.failure(AcdFailure.INVALID_DIGITS, "'" + digits + "' is not 1 to 31 DTMF digits "
                    + "(0-9, *, #, A-D)");
        }
        Call call = state.call(callId);
        call.dtmfSent(digits);
        return Outcome.success(call.view());
    }

    /**
     * Starts recording a call connected at the device. The simulator is its own recording server, always there,
     * so the protocol's "no recording server registered" refusal never happens; a call already recorded is refused.
     */
    Outcome<CallView> startRecording(long callId, String device) {
        return record(callId, device, true);
    }

    /** Stops recording a call connected at the device; a call not being recorded is refused. */
    Outcome<CallView> stopRecording(long callId, String device) {
        return record(callId, device, false);
    }

    private Outcome<CallView> record(long callId, String device, boolean start) {
        Outcome<Connection> found = connected(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Call call = state.call(callId);
        if (call.isRecorded() == start) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "call " + callId + (start ? " is already recorded"
                    : " is not being recorded"));
        }
        call.recorded(start);
        return Outcome.success(call.view());
    }

    /** A party reports a bad line: the switch has nothing to record it in, so it only checks the device is on it. */
    Outcome<CallView> reportBadLine(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        return Outcome.success(state.call(callId).view());
    }

    private Outcome<Connection> connected(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Success<Connection> success
                && success.value().state() != ConnectionState.CONNECTED) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "call " + callId + " is not connected at " + device);
        }
        return found;
    }
}
