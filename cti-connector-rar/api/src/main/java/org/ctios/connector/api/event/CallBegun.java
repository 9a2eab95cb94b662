package org.ctios.connector.api.event;

/**
 * A call entered the peripheral (BEGIN_CALL_EVENT): the first event of every call, with its call data.
 *
 * @param callType        the protocol's CallType value ({@code org.ctios.protocol.types.CallType})
 * @param device          the ConnectionDeviceID the call was reported at
 * @param routerCallKeyDay    Unified CCE's router call key, with {@code routerCallKeyCallId}, or 0 when absent
 */
public record CallBegun(EventOrigin origin, long callId, int callType, String device, CallData data,
                        long routerCallKeyDay, long routerCallKeyCallId) implements CallEvent {

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
