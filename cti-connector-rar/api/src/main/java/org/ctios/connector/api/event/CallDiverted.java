package org.ctios.connector.api.event;

/** A call left a device it rang or waited at (CALL_DIVERTED_EVENT). */
public record CallDiverted(EventOrigin origin, long callId, String divertingDevice, String calledDevice)
        implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
