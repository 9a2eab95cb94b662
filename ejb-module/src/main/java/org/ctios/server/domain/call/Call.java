package org.ctios.server.domain.call;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallOriginated;
import org.ctios.connector.api.event.CallParty;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.protocol.types.CallType;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.domain.stream.EventStamp;

/**
 * A call in progress, named by its ConnectionCallID, with its data, its parties and their connection states, and
 * the times it reached each stage. Changed only by its own events (the connector delivers them in order for one
 * call); the stamp turns away replays and stale reports. When its END_CALL_EVENT comes it becomes a history record
 * and this row goes.
 */
@Entity
@Table(name = "active_call")
public class Call {

    @Id
    @Column(name = "call_id")
    private long callId;

    /** Identity of this call across its timeline and its history record: ConnectionCallIDs are reused. */
    @Column(name = "call_key", length = 36, nullable = false, unique = true, updatable = false)
    private String callKey;

    @Column(name = "call_type")
    private Integer callType;

    @Embedded
    private CallDataValues data = new CallDataValues();

    @Column(name = "skill_group_number")
    private Long skillGroupNumber;

    /** Null when the call was not routed. */
    @Embedded
    private RouterCallKey routerCallKey;

    /** The device that started the call (for a consultation: the consulting agent's). */
    @Column(name = "originating_device", length = 64)
    private String originatingDevice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "active_call_party", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "device_id", length = 64)
    private Map<String, DeviceConnection> parties = new HashMap<>();

    /** Every device that was ever on the call, in order, for the history's list of agents. */
    @Column(name = "involved_devices", length = 1000)
    private String involvedDevices = "";

    @Embedded
    private CallMilestones milestones;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    /** First known from a snapshot: it began while the link was down or before the application started. */
    @Column(name = "begun_unseen", nullable = false)
    private boolean begunUnseen;

    @Column(name = "timeline_length", nullable = false)
    private int timelineLength;

    @Embedded
    private EventStamp stamp = EventStamp.beforeAll();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Call() {
        // for JPA
    }

    private Call(long callId, String callKey, Instant begunAt, boolean begunUnseen) {
        this.callId = callId;
        this.callKey = Objects.requireNonNull(callKey, "callKey");
        this.milestones = new CallMilestones(begunAt);
        this.begunUnseen = begunUnseen;
    }

    /**
     * A call first heard of through this event: BEGIN_CALL_EVENT normally, a later event if BEGIN was missed.
     *
     * @param callKey its identity across its timeline and history record, unique for all time
     */
    public static Call firstSeenIn(CallEvent event, String callKey) {
        return new Call(event.callId(), callKey, event.origin().receivedAt(), false);
    }

    /** A call first heard of through a snapshot. */
    public static Call firstSeenInSnapshot(CallSnapshot snapshot, String callKey) {
        return new Call(snapshot.callId(), callKey, snapshot.origin().receivedAt(), true);
    }

    /**
     * Applies one of the call's events. Transfers and conferences take the states of the parties that joined from
     * {@code joiningStates} (their states on the consultation call).
     *
     * @return false when the event is not newer than what the call reflects (nothing changed)
     */
    public boolean apply(CallEvent event, Map<String, LocalConnectionState> joiningStates) {
        if (!isNew(event.origin())) {
            return false;
        }
        Instant at = event.origin().receivedAt();
        if (event instanceof CallBegun begun) {
            begin(begun);
        } else if (event instanceof CallQueued queued) {
            milestones.queued(at);
            if (!queued.skillGroupNumbers().isEmpty()) {
                skillGroupNumber = queued.skillGroupNumbers().get(0);
            }
            put(queued.queueDevice(), LocalConnectionState.QUEUED, false);
        } else if (event instanceof CallDelivered delivered) {
            milestones.delivered(at);
            skillGroupNumber = delivered.skillGroupNumber() != null ? delivered.skillGroupNumber() : skillGroupNumber;
            data().merge(delivered.data());
            parties.values().removeIf(party -> party.state() == LocalConnectionState.QUEUED);
            put(delivered.alertingDevice(), LocalConnectionState.ALERTING, false);
        } else if (event instanceof CallOriginated originated) {
            originatingDevice = orKeep(originatingDevice, originated.device());
            put(originated.device(), LocalConnectionState.INITIATE, false);
        } else if (event instanceof CallEstablished established) {
            milestones.answered(at);
            parties.values().removeIf(party -> party.state() == LocalConnectionState.QUEUED);
            put(established.answeringDevice(), LocalConnectionState.CONNECT, false);
            stateOf(established.callingDevice()).filter(state -> state == LocalConnectionState.INITIATE)
                    .ifPresent(state -> put(established.callingDevice(), LocalConnectionState.CONNECT, false));
        } else if (event instanceof CallHeld held) {
            put(held.device(), LocalConnectionState.HOLD, isSupervising(held.device()));
        } else if (event instanceof CallRetrieved retrieved) {
            put(retrieved.device(), LocalConnectionState.CONNECT, isSupervising(retrieved.device()));
        } else if (event instanceof ConnectionCleared cleared) {
            remove(cleared.device());
        } else if (event instanceof CallDiverted diverted) {
            remove(diverted.divertingDevice());
        } else if (event instanceof CallFailed failed) {
            remove(failed.failingDevice());
        } else if (event instanceof CallCleared) {
            parties.clear();
            clearedAt = at;
        } else if (event instanceof CallDataUpdated updated) {
            data().merge(updated.data());
        } else if (event instanceof CallTransferred transferred) {
            join(transferred.parties(), joiningStates, null);
        } else if (event instanceof CallConferenced conferenced) {
            join(conferenced.parties(), joiningStates, conferenced.controllerDevice());
            if (conferenced.eventCause() == EventCause.SUPERVISOR_BARGE_IN.wire()
                    && conferenced.addedPartyDevice() != null) {
                put(conferenced.addedPartyDevice(), LocalConnectionState.CONNECT, true);
            }
        } else if (event instanceof CallSnapshot snapshot) {
            reconcile(snapshot);
        }
        return true;
    }

    private void begin(CallBegun begun) {
        callType = begun.callType();
        data().merge(begun.data());
        if (begun.routerCallKeyDay() != 0 || begun.routerCallKeyCallId() != 0) {
            routerCallKey = new RouterCallKey(begun.routerCallKeyDay(), begun.routerCallKeyCallId());
        }
        originatingDevice = orKeep(originatingDevice, begun.device());
    }

    /** The parties a transfer or conference left on this call: kept states, else the joiners', else talking. */
    private void join(List<String> devices, Map<String, LocalConnectionState> joiningStates, String controller) {
        Map<String, DeviceConnection> before = new HashMap<>(parties);
        parties.clear();
        for (String device : devices) {
            DeviceConnection kept = before.get(device);
            LocalConnectionState state = device.equals(controller) ? LocalConnectionState.CONNECT
                    : kept != null ? kept.state()
                    : joiningStates.getOrDefault(device, LocalConnectionState.CONNECT);
            put(device, state, kept != null && kept.supervising());
        }
    }

    private void reconcile(CallSnapshot snapshot) {
        callType = snapshot.callType();
        data().merge(snapshot.data());
        Set<String> supervising = new HashSet<>();
        parties.forEach((device, connection) -> {
            if (connection.supervising()) {
                supervising.add(device);
            }
        });
        parties.clear();
        for (CallParty party : snapshot.parties()) {
            if (party.deviceId() != null && party.state() != null && party.state() != LocalConnectionState.NULL) {
                put(party.deviceId(), party.state(), supervising.contains(party.deviceId()));
            }
        }
    }

    private boolean isNew(EventOrigin origin) {
        if (!stamp.isBefore(origin)) {
            return false;
        }
        stamp = EventStamp.of(origin);
        return true;
    }

    private void put(String device, LocalConnectionState state, boolean supervising) {
        if (device == null || device.isEmpty()) {
            return;
        }
        DeviceConnection connection = new DeviceConnection(state, supervising);
        if (!connection.equals(parties.get(device))) {
            parties.put(device, connection);
        }
        if (!involved().contains(device)) {
            involvedDevices = involvedDevices.isEmpty() ? device : involvedDevices + "," + device;
        }
    }

    private void remove(String device) {
        parties.remove(device);
    }

    private boolean isSupervising(String device) {
        DeviceConnection connection = parties.get(device);
        return connection != null && connection.supervising();
    }

    private Optional<LocalConnectionState> stateOf(String device) {
        return Optional.ofNullable(parties.get(device)).map(DeviceConnection::state);
    }

    private static <T> T orKeep(T kept, T reported) {
        return kept != null ? kept : reported;
    }

    /** Where the call stands now. */
    public CallState state() {
        Set<LocalConnectionState> states = new HashSet<>();
        parties.values().forEach(party -> states.add(party.state()));
        return CallState.of(clearedAt != null, states);
    }

    /** A consultation call: started from another call, to transfer or conference it. */
    public boolean isConsultation() {
        return callType != null && (callType == CallType.CONSULT.wire() || callType == CallType.CONSULT_OFFERRED.wire()
                || callType == CallType.CONSULT_CONFERENCE.wire());
    }

    /** Numbers the next timeline entry. */
    public int nextTimelineSequence() {
        return ++timelineLength;
    }

    public long callId() {
        return callId;
    }

    public String callKey() {
        return callKey;
    }

    public Integer callType() {
        return callType;
    }

    /** Hibernate leaves an embedded value null when all its columns are: an empty call data then. */
    public CallDataValues data() {
        if (data == null) {
            data = new CallDataValues();
        }
        return data;
    }

    public Long skillGroupNumber() {
        return skillGroupNumber;
    }

    /** Null when the call was not routed. */
    public RouterCallKey routerCallKey() {
        return routerCallKey;
    }

    public String originatingDevice() {
        return originatingDevice;
    }

    public Set<CallConnection> parties() {
        Set<CallConnection> connections = new HashSet<>();
        parties.forEach((device, connection) -> connections.add(
                new CallConnection(device, connection.state(), connection.supervising())));
        return connections;
    }

    /** The parties' connection states by device. */
    public Map<String, LocalConnectionState> partyStates() {
        Map<String, LocalConnectionState> states = new HashMap<>();
        parties.forEach((device, connection) -> states.put(device, connection.state()));
        return states;
    }

    /** Every device ever on the call, in the order they joined. */
    public Set<String> involved() {
        Set<String> devices = new LinkedHashSet<>();
        if (!involvedDevices.isEmpty()) {
            devices.addAll(List.of(involvedDevices.split(",")));
        }
        return devices;
    }

    public CallMilestones milestones() {
        return milestones;
    }

    public Instant clearedAt() {
        return clearedAt;
    }

    public boolean begunUnseen() {
        return begunUnseen;
    }

    public EventStamp stamp() {
        return stamp;
    }
}
