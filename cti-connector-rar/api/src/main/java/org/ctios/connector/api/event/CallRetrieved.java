package org.ctios.connector.api.event;

/** A device took the call off hold (CALL_RETRIEVED_EVENT). */
public record CallRetrieved(EventOrigin origin, long callId, String device) implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
