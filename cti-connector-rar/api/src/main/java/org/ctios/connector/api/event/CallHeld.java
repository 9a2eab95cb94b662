package org.ctios.connector.api.event;

/** A device put the call on hold (CALL_HELD_EVENT). */
public record CallHeld(EventOrigin origin, long callId, String device) implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
