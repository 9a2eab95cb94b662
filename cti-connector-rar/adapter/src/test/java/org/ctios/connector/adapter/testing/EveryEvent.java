package org.ctios.connector.adapter.testing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallOriginated;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.HelpRequested;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.ctios.connector.api.event.PeripheralStatusChanged;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.connector.api.event.TeamConfigured;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.protocol.types.Distribution;

/**
 * One event of every kind the API has, about agent {@link #AGENT} and call {@link #CALL}; those that merge two calls
 * merge {@link #OTHER_CALL} into it, and the call-id change renames {@link #CALL} to {@link #OTHER_CALL}. Tests that
 * must cover every kind check theirs against {@link #types()}, so that a new kind of event fails them until they say
 * what it does.
 */
public final class EveryEvent {

    public static final String AGENT = "1001";
    public static final long CALL = 7;
    public static final long OTHER_CALL = 9;

    private static final EventOrigin ORIGIN = new EventOrigin(1, 1, Instant.parse("2026-11-29T08:00:00Z"));

    private EveryEvent() {
    }

    public static List<CtiEvent> samples() {
        return List.of(
                new AgentStateChanged(ORIGIN, 5000, AGENT, "2001", "2001", AgentState.AVAILABLE, 0, List.of(), 0),
                new AgentSnapshot(ORIGIN, AGENT, "2001", "2001", AgentState.TALKING, List.of(), 1),
                new CallBegun(ORIGIN, CALL, 1, "2001", CallData.empty(), 0, 0),
                new CallQueued(ORIGIN, CALL, "8000", List.of(1L), 1),
                new CallDelivered(ORIGIN, CALL, "2001", "0612345678", "8000", 1L, CallData.empty()),
                new CallOriginated(ORIGIN, CALL, "2001", "0612345678"),
                new CallEstablished(ORIGIN, CALL, "2001", "0612345678", "8000", 1L),
                new CallHeld(ORIGIN, CALL, "2001"),
                new CallRetrieved(ORIGIN, CALL, "2001"),
                new ConnectionCleared(ORIGIN, CALL, "2001", 0),
                new CallCleared(ORIGIN, CALL, 0),
                new CallEnded(ORIGIN, CALL),
                new CallDataUpdated(ORIGIN, CALL, OTHER_CALL, CallData.empty()),
                new CallTransferred(ORIGIN, CALL, OTHER_CALL, "2001", "2002", List.of("2002", "0612345678")),
                new CallConferenced(ORIGIN, CALL, OTHER_CALL, "2001", "2002", List.of("2001", "2002"), 0),
                new CallFailed(ORIGIN, CALL, "2001", "2002", 0),
                new CallDiverted(ORIGIN, CALL, "8000", "2001"),
                new CallSnapshot(ORIGIN, CALL, 1, CallData.empty(), List.of()),
                new LinkStatusChanged(ORIGIN, true, "A"),
                new PeripheralStatusChanged(ORIGIN, 5000, true, 0),
                new SnapshotStarted(ORIGIN, "A"),
                new SnapshotCompleted(ORIGIN, ORIGIN, true, Set.of(AGENT, "1002"), Set.of(CALL), Set.of(CALL)),
                new UserMessageReceived(ORIGIN, Distribution.TEAM, "ctios", "Meeting at 3", ORIGIN.receivedAt()),
                new TeamConfigured(ORIGIN, 2, "Team Summit", ConfigOperation.ADD_AGENT,
                        List.of(new TeamConfigured.Member("1003", false))),
                new HelpRequested(ORIGIN, true, CALL, AGENT, "2001", "2001", "agent " + AGENT));
    }

    /** Every record the sealed {@link CtiEvent} hierarchy permits. */
    public static Set<Class<?>> types() {
        Set<Class<?>> records = new HashSet<>();
        Deque<Class<?>> open = new ArrayDeque<>(List.of(CtiEvent.class));
        while (!open.isEmpty()) {
            Class<?> type = open.poll();
            if (type.isSealed()) {
                open.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                records.add(type);
            }
        }
        return records;
    }
}
