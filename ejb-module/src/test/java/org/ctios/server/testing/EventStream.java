package org.ctios.server.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallOriginated;
import org.ctios.connector.api.event.CallParty;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallType;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.LocalConnectionState;

/**
 * Makes the connector's events as one adapter run would deliver them: each gets the next sequence number of the
 * run's epoch and a receive time one second after the previous one.
 */
public final class EventStream {

    private final long epoch;
    private long sequence;
    private Instant clock;

    public EventStream(long epoch, Instant start) {
        this.epoch = epoch;
        this.clock = start;
    }

    /** The next place in the stream. */
    public EventOrigin next() {
        clock = clock.plus(Duration.ofSeconds(1));
        return new EventOrigin(epoch, ++sequence, clock);
    }

    public Instant now() {
        return clock;
    }

    public AgentStateChanged agent(String agentId, String extension, AgentState state, int reasonCode,
                                   long... skillGroups) {
        List<AgentSkillGroup> groups = java.util.Arrays.stream(skillGroups)
                .mapToObj(number -> new AgentSkillGroup(number, 5000 + number, state)).toList();
        return new AgentStateChanged(next(), 5000, agentId, extension, extension, state, reasonCode, groups, 0);
    }

    public AgentSnapshot agentSnapshot(String agentId, String extension, AgentState state) {
        return new AgentSnapshot(next(), agentId, extension, extension, state, List.of(), 0);
    }

    public static CallData data(String ani, String dnis, String variable1) {
        return new CallData(ani, dnis, dnis, null, variable1 == null ? CallVariables.none()
                : CallVariables.of(variable1), List.of(), List.of(), null);
    }

    public CallBegun begun(long callId, String ani, String dnis) {
        return new CallBegun(next(), callId, CallType.ACD_IN.wire(), "trunk", data(ani, dnis, null), 0, 0);
    }

    public CallBegun consultationBegun(long callId, String device) {
        return new CallBegun(next(), callId, CallType.CONSULT.wire(), device, CallData.empty(), 0, 0);
    }

    public CallQueued queued(long callId, long skillGroup) {
        return new CallQueued(next(), callId, "700" + skillGroup, List.of(skillGroup), 1);
    }

    public CallDelivered delivered(long callId, String device, long skillGroup) {
        return new CallDelivered(next(), callId, device, "0612345678", device, skillGroup, CallData.empty());
    }

    public CallOriginated originated(long callId, String device, String called) {
        return new CallOriginated(next(), callId, device, called);
    }

    public CallEstablished established(long callId, String device) {
        return new CallEstablished(next(), callId, device, "0612345678", device, null);
    }

    public CallHeld held(long callId, String device) {
        return new CallHeld(next(), callId, device);
    }

    public CallRetrieved retrieved(long callId, String device) {
        return new CallRetrieved(next(), callId, device);
    }

    public ConnectionCleared connectionCleared(long callId, String device) {
        return new ConnectionCleared(next(), callId, device, 0);
    }

    public CallCleared cleared(long callId) {
        return new CallCleared(next(), callId, 0);
    }

    public CallEnded ended(long callId) {
        return new CallEnded(next(), callId);
    }

    public CallDataUpdated dataUpdated(long callId, CallData data) {
        return new CallDataUpdated(next(), callId, callId, data);
    }

    public CallTransferred transferred(long primary, long secondary, String from, String to, List<String> parties) {
        return new CallTransferred(next(), primary, secondary, from, to, parties);
    }

    public CallConferenced conferenced(long primary, long secondary, String controller, String added,
                                       List<String> parties, int cause) {
        return new CallConferenced(next(), primary, secondary, controller, added, parties, cause);
    }

    public SnapshotStarted snapshotStarted(String side) {
        return new SnapshotStarted(next(), side);
    }

    public CallSnapshot callSnapshot(long callId, CallData data, List<CallParty> parties) {
        return new CallSnapshot(next(), callId, CallType.ACD_IN.wire(), data, parties);
    }

    public static CallParty party(String device, LocalConnectionState state) {
        return new CallParty(device, state);
    }

    public SnapshotCompleted snapshotCompleted(SnapshotStarted started, boolean complete, Set<String> agentIds,
                                               Set<Long> callIds, Set<Long> callIdsAsked) {
        return new SnapshotCompleted(next(), started.origin(), complete, agentIds, callIds, callIdsAsked);
    }
}
