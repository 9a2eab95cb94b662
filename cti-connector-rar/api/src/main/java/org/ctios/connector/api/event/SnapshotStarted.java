package org.ctios.connector.api.event;

/**
 * The adapter starts reading the CTI Server's state after a (re)connection: {@link AgentSnapshot} and
 * {@link CallSnapshot} items follow, then {@link SnapshotCompleted}.
 */
public record SnapshotStarted(EventOrigin origin, String side) implements CtiEvent {

    @Override
    public void handleWith(Handler handler) {
        handler.snapshotStarted(this);
    }

    @Override
    public Concerns concerns() {
        return Concerns.wholeLink();
    }
}
