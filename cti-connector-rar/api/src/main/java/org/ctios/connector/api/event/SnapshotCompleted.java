package org.ctios.connector.api.event;

import java.util.Set;

/**
 * The resynchronisation after a (re)connection is over. When {@code complete}, {@code agentIds} and {@code callIds}
 * are everything the CTI Server knows of: a call the application still holds that is not among them ended while the
 * link was down. When not complete (requests timed out or failed), nothing may be concluded from absence.
 *
 * @param started the origin of the {@link SnapshotStarted} that opened this snapshot
 */
public record SnapshotCompleted(EventOrigin origin, EventOrigin started, boolean complete, Set<String> agentIds,
                                Set<Long> callIds) implements CtiEvent {

    public SnapshotCompleted {
        agentIds = Set.copyOf(agentIds);
        callIds = Set.copyOf(callIds);
    }
}
