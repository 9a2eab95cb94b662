package org.ctios.connector.api.event;

/**
 * The agent peripheral went offline or came back (SYSTEM_EVENT), or OPEN_CONF reported its status.
 *
 * @param pgStatus the protocol's PGStatus mask ({@code org.ctios.protocol.types.PgStatus})
 */
public record PeripheralStatusChanged(EventOrigin origin, long peripheralId, boolean online, long pgStatus)
        implements CtiEvent {

    @Override
    public void handleWith(Handler handler) {
        handler.peripheralStatusChanged(this);
    }

    @Override
    public Concerns concerns() {
        return Concerns.wholeLink();
    }
}
