package org.ctios.connector.api.event;

import java.util.Set;

/**
 * The resynchronisation after a (re)connection is over. The CTI Server cannot list its calls, so the connector asks
 * about each call it knows of (from events, from the agents' devices, from {@code CtiConnection.watch}); when
 * {@code complete}, a call among {@code callIdsAsked} but not among {@code callIds} ended while the link was down.
 * A call that was not asked about is not concluded on; nor is anything when the snapshot is incomplete (requests
 * timed out or failed).
 *
 * @param started      the origin of the {@link SnapshotStarted} that opened this snapshot
 * @param agentIds     the agents the CTI Server reported
 * @param callIds      the calls the CTI Server still has, a subset of {@code callIdsAsked}
 * @param callIdsAsked the calls the CTI Server was asked about
 */
public record SnapshotCompleted(EventOrigin origin, EventOrigin started, boolean complete, Set<String> agentIds,
                                Set<Long> callIds, Set<Long> callIdsAsked) implements CtiEvent {

    public SnapshotCompleted {
        agentIds = Set.copyOf(agentIds);
        callIds = Set.copyOf(callIds);
        callIdsAsked = Set.copyOf(callIdsAsked);
    }

    /** Whether this snapshot shows that the call ended while the link was down. */
    public boolean showsEnded(long callId) {
        return complete && callIdsAsked.contains(callId) && !callIds.contains(callId);
    }

    @Override
    public void handleWith(Handler handler) {
        handler.snapshotCompleted(this);
    }

    @Override
    public Concerns concerns() {
        return Concerns.wholeLink();
    }
}
