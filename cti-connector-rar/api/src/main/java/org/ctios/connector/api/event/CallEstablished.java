package org.ctios.connector.api.event;

/** A device answered the call (CALL_ESTABLISHED_EVENT). */
public record CallEstablished(EventOrigin origin, long callId, String answeringDevice, String callingDevice,
                              String calledDevice, Long skillGroupNumber) implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
