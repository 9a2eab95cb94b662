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
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;

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

    /**
     * The call is being recorded: set when the CTI Server confirms a START_RECORDING, cleared when it confirms a
     * STOP_RECORDING (the switch sends no event for either).
     */
    @Column(name = "recording", nullable = false)
    private boolean recording;

    /** The device that made the call a conference (CALL_CONFERENCED's controller), or null when it is not one. */
    @Column(name = "conference_controller", length = 64)
    private String conferenceController;

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
     * A call first heard of through this change: normally its beginning, a later change if that was missed, and
     * when it is a snapshot, a call that began unseen (while the link was down or before the application started).
     *
     * @param callKey its identity across its timeline and history record, unique for all time
     */
    public static Call firstSeenIn(long callId, CallChange change, String callKey) {
        return new Call(callId, callKey, change.occurrence().at(), change instanceof CallChange.Snapshot);
    }

    /**
     * Applies what happened to the call.
     *
     * @return false when the change is not newer than what the call reflects (nothing changed)
     */
    public boolean apply(CallChange change) {
        if (!isNew(change.occurrence())) {
            return false;
        }
        change.handTo(new Applying(change.occurrence().at()));
        return true;
    }

    /** What each kind of change does to the call. */
    private final class Applying implements CallChange.Handler {

        private final Instant at;

        Applying(Instant at) {
            this.at = at;
        }

        @Override
        public void begun(CallChange.Begun begun) {
            callType = begun.callType();
            data().merge(begun.data());
            if (begun.routerCallKey() != null) {
                routerCallKey = begun.routerCallKey().copy();
            }
            originatingDevice = orKeep(originatingDevice, begun.device());
        }

        @Override
        public void queued(CallChange.Queued queued) {
            milestones.queued(at);
            if (!queued.skillGroupNumbers().isEmpty()) {
                skillGroupNumber = queued.skillGroupNumbers().get(0);
            }
            put(queued.queueDevice(), ConnectionState.QUEUED, false);
        }

        @Override
        public void delivered(CallChange.Delivered delivered) {
            milestones.delivered(at);
            skillGroupNumber = delivered.skillGroupNumber() != null ? delivered.skillGroupNumber() : skillGroupNumber;
            data().merge(delivered.data());
            parties.values().removeIf(party -> party.state() == ConnectionState.QUEUED);
            put(delivered.alertingDevice(), ConnectionState.ALERTING, false);
        }

        @Override
        public void originated(CallChange.Originated originated) {
            originatingDevice = orKeep(originatingDevice, originated.device());
            put(originated.device(), ConnectionState.INITIATE, false);
        }

        @Override
        public void established(CallChange.Established established) {
            milestones.answered(at);
            parties.values().removeIf(party -> party.state() == ConnectionState.QUEUED);
            put(established.answeringDevice(), ConnectionState.CONNECT, false);
            stateOf(established.callingDevice()).filter(state -> state == ConnectionState.INITIATE)
                    .ifPresent(state -> put(established.callingDevice(), ConnectionState.CONNECT, false));
        }

        @Override
        public void held(CallChange.Held held) {
            put(held.device(), ConnectionState.HOLD, isSupervising(held.device()));
        }

        @Override
        public void retrieved(CallChange.Retrieved retrieved) {
            put(retrieved.device(), ConnectionState.CONNECT, isSupervising(retrieved.device()));
        }

        @Override
        public void partyLeft(CallChange.PartyLeft left) {
            remove(left.device());
        }

        @Override
        public void cleared(CallChange.Cleared cleared) {
            parties.clear();
            clearedAt = at;
        }

        @Override
        public void ended(CallChange.Ended ended) {
            // Nothing changes but the stamp: the call now goes to the history as it is.
        }

        @Override
        public void dataUpdated(CallChange.DataUpdated updated) {
            data().merge(updated.data());
        }

        @Override
        public void transferred(CallChange.Transferred transferred) {
            join(transferred.parties(), transferred.joiningStates(), null);
        }

        @Override
        public void conferenced(CallChange.Conferenced conferenced) {
            join(conferenced.parties(), conferenced.joiningStates(), conferenced.controllerDevice());
            if (conferenced.bargingSupervisor() != null) {
                put(conferenced.bargingSupervisor(), ConnectionState.CONNECT, true);
            } else if (conferenceController == null) {
                // The first agent conference decides who controls it: adding more parties does not take that over.
                conferenceController = conferenced.controllerDevice();
            }
        }

        @Override
        public void snapshot(CallChange.Snapshot snapshot) {
            reconcile(snapshot);
        }
    }

    /** The parties a transfer or conference left on this call: kept states, else the joiners', else talking. */
    private void join(List<String> devices, Map<String, ConnectionState> joiningStates, String controller) {
        Map<String, DeviceConnection> before = new HashMap<>(parties);
        parties.clear();
        for (String device : devices) {
            DeviceConnection kept = before.get(device);
            ConnectionState state = device.equals(controller) ? ConnectionState.CONNECT
                    : kept != null ? kept.state()
                    : joiningStates.getOrDefault(device, ConnectionState.CONNECT);
            put(device, state, kept != null && kept.supervising());
        }
    }

    private void reconcile(CallChange.Snapshot snapshot) {
        callType = snapshot.callType();
        data().merge(snapshot.data());
        Set<String> supervising = new HashSet<>();
        parties.forEach((device, connection) -> {
            if (connection.supervising()) {
                supervising.add(device);
            }
        });
        parties.clear();
        for (CallChange.Snapshot.Party party : snapshot.parties()) {
            if (party.device() != null && party.state() != null && party.state() != ConnectionState.NULL) {
                put(party.device(), party.state(), supervising.contains(party.device()));
            }
        }
    }

    private boolean isNew(Occurrence occurrence) {
        if (!stamp.isBefore(occurrence.stamp())) {
            return false;
        }
        stamp = occurrence.stamp();
        return true;
    }

    private void put(String device, ConnectionState state, boolean supervising) {
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

    private Optional<ConnectionState> stateOf(String device) {
        return Optional.ofNullable(parties.get(device)).map(DeviceConnection::state);
    }

    private static <T> T orKeep(T kept, T reported) {
        return kept != null ? kept : reported;
    }

    /** Where the call stands now. */
    public CallState state() {
        Set<ConnectionState> states = new HashSet<>();
        parties.values().forEach(party -> states.add(party.state()));
        return CallState.of(clearedAt != null, states);
    }

    /**
     * The CTI Server confirmed a recording's start (true) or stop (false).
     *
     * @return false when the call already was (or was not) recorded: nothing changed
     */
    public boolean recording(boolean recorded) {
        if (recording == recorded) {
            return false;
        }
        recording = recorded;
        return true;
    }

    public boolean isRecording() {
        return recording;
    }

    /** The device that made the call a conference, or null when it is not one. */
    public String conferenceController() {
        return conferenceController;
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
    public Map<String, ConnectionState> partyStates() {
        Map<String, ConnectionState> states = new HashMap<>();
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
