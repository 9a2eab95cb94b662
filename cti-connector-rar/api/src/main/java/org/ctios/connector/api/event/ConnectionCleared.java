package org.ctios.connector.api.event;

/**
 * A device left the call; others may still be on it (CALL_CONNECTION_CLEARED_EVENT).
 *
 * @param eventCause the protocol's EventCause value ({@code org.ctios.protocol.types.EventCause})
 */
public record ConnectionCleared(EventOrigin origin, long callId, String device, int eventCause)
        implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
