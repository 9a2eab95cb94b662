package org.ctios.connector.api.event;

/** The peripheral forgot the call (END_CALL_EVENT): the last event of every call. */
public record CallEnded(EventOrigin origin, long callId) implements CallEvent {

    /** The peripheral forgot the call: no longer one to ask about when resynchronising. */
    @Override
    public Concerns concerns() {
        return Concerns.callEnding(callId);
    }
}
