package org.ctios.connector.api.event;

/** The call is over for every device (CALL_CLEARED_EVENT). */
public record CallCleared(EventOrigin origin, long callId, int eventCause) implements CallEvent {

    /** The call is over: no longer one to ask about when resynchronising. */
    @Override
    public Concerns concerns() {
        return Concerns.callEnding(callId);
    }
}
