package org.ctios.connector.api.event;

/** A device started a call, a dial-out or a consultation (CALL_ORIGINATED_EVENT). */
public record CallOriginated(EventOrigin origin, long callId, String device, String calledDevice)
        implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
