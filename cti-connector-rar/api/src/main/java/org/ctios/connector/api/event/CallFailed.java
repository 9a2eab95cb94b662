package org.ctios.connector.api.event;

/** A call could not be completed at a device (CALL_FAILED_EVENT). */
public record CallFailed(EventOrigin origin, long callId, String failingDevice, String calledDevice, int eventCause)
        implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
