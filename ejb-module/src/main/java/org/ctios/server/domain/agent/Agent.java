package org.ctios.server.domain.agent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;

/**
 * An agent as the object server knows it: identity on the ACD, place in the organisation, and current state with
 * the time it was entered. Changed only by the agent's own events (and their snapshots), which the connector
 * delivers in order for one agent; the stamp turns away replays and stale reports.
 */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    @Column(name = "agent_id", length = 12)
    private String agentId;

    @Column(name = "extension", length = 16)
    private String extension;

    @Column(name = "instrument", length = 64)
    private String instrument;

    /** The agent's names as the organisation gives them; null for an agent only the switch has reported. */
    @Column(name = "first_name", length = 64)
    private String firstName;

    @Column(name = "last_name", length = 64)
    private String lastName;

    @Column(name = "team_id")
    private Integer teamId;

    @Column(name = "supervisor", nullable = false)
    private boolean supervisor;

    /**
     * The agent's state in each of its skill groups, keyed by skill group number: a map, so that an event that
     * changes the state in one group updates that group's row alone (a set of values is deleted and inserted whole).
     */
    @ElementCollection
    @CollectionTable(name = "agent_skill_group", joinColumns = @JoinColumn(name = "agent_id"))
    @MapKeyColumn(name = "skill_group_number")
    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private Map<Long, AgentState> skillGroupStates = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private AgentState state;

    @Column(name = "reason_code", nullable = false)
    private int reasonCode;

    /**
     * The state the agent asked for during a call, which the CTI Server takes when the call ends: null when none.
     * The switch says so (NextAgentState); every event without it ends it, whether it was taken or dropped.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_state", length = 20)
    private AgentState pendingState;

    @Column(name = "pending_reason_code", nullable = false)
    private int pendingReasonCode;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Column(name = "logged_in_since")
    private Instant loggedInSince;

    /** Ready or not ready: what the agent was before its current call, for the post-failover wrap-up rule. */
    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_call", length = 20)
    private AgentState stateBeforeCall;

    @Embedded
    private EventStamp stamp = EventStamp.beforeAll();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Agent() {
        // for JPA
    }

    /** A newly seen agent, logged out until an event says otherwise. */
    public Agent(String agentId, Instant seenAt) {
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.state = AgentState.LOGOUT;
        this.stateSince = seenAt;
    }

    /**
     * Applies what the CTI Server reported of the agent: a change of its state, or its state when the link was
     * resynchronised. To the latter apply CTI OS's post-failover rules: an agent reserved for a call that can no
     * longer be offered becomes available, and an agent in wrap-up returns to the state it had before its call; and
     * as it carries no reason code, a state it confirms keeps its reason.
     *
     * @return false when the change is not newer than what the agent already reflects (nothing changed)
     */
    public boolean apply(AgentChange change) {
        if (!isNew(change.occurrence())) {
            return false;
        }
        change.handTo(new AgentChange.Handler() {
            @Override
            public void stateChanged(AgentChange.StateChanged changed) {
                reportDevices(changed.extension(), changed.instrument());
                if (changed.nextState() != null && changed.nextState() != changed.state()) {
                    // The reason reported with a pending state is that state's: the current one has none.
                    moveTo(changed.state(), 0, changed.occurrence().at());
                    pendingState = changed.nextState();
                    pendingReasonCode = changed.reasonCode();
                } else {
                    moveTo(changed.state(), changed.reasonCode(), changed.occurrence().at());
                    clearPendingState();
                }
                reportSkillGroups(changed.skillGroups());
            }

            @Override
            public void resynchronised(AgentChange.Resynchronised snapshot) {
                reportDevices(snapshot.extension(), snapshot.instrument());
                AgentState reconciled = afterFailover(snapshot.state());
                if (reconciled != state) {
                    // The report does not say what is pending: a state it confirms keeps it, another ends it.
                    clearPendingState();
                }
                moveTo(reconciled, reconciled == state ? reasonCode : 0, snapshot.occurrence().at());
                reportSkillGroups(snapshot.skillGroups());
            }
        });
        return true;
    }

    private void clearPendingState() {
        pendingState = null;
        pendingReasonCode = 0;
    }

    private AgentState afterFailover(AgentState reported) {
        if (reported == AgentState.RESERVED) {
            return AgentState.AVAILABLE;
        }
        if (reported == AgentState.WORK_READY || reported == AgentState.WORK_NOT_READY) {
            if (stateBeforeCall != null) {
                return stateBeforeCall;
            }
            return reported == AgentState.WORK_READY ? AgentState.AVAILABLE : AgentState.NOT_READY;
        }
        return reported;
    }

    private boolean isNew(Occurrence occurrence) {
        if (!stamp.isBefore(occurrence.stamp())) {
            return false;
        }
        stamp = occurrence.stamp();
        return true;
    }

    private void moveTo(AgentState newState, int newReasonCode, Instant at) {
        if (newState == state && newReasonCode == reasonCode) {
            return;
        }
        if (isBetweenCalls(state) && isOnCall(newState)) {
            stateBeforeCall = state;
        }
        if (state == AgentState.LOGOUT && newState != AgentState.LOGOUT) {
            loggedInSince = at;
        } else if (newState == AgentState.LOGOUT) {
            loggedInSince = null;
            stateBeforeCall = null;
        }
        state = newState;
        reasonCode = newReasonCode;
        stateSince = at;
    }

    private static boolean isBetweenCalls(AgentState state) {
        return state == AgentState.AVAILABLE || state == AgentState.NOT_READY;
    }

    private static boolean isOnCall(AgentState state) {
        return state == AgentState.RESERVED || state == AgentState.TALKING || state == AgentState.HOLD;
    }

    private void reportDevices(String newExtension, String newInstrument) {
        if (newExtension != null && !newExtension.isEmpty()) {
            extension = newExtension;
        }
        if (newInstrument != null && !newInstrument.isEmpty()) {
            instrument = newInstrument;
        }
    }

    private void reportSkillGroups(List<AgentSkillGroup> reported) {
        if (reported.isEmpty()) {
            return;
        }
        Map<Long, AgentState> updated = new HashMap<>();
        for (AgentSkillGroup group : reported) {
            updated.put(group.skillGroupNumber(), group.state());
        }
        // Changed entries only: Hibernate writes the rows whose state differs and leaves the others alone.
        skillGroupStates.keySet().retainAll(updated.keySet());
        updated.forEach((number, groupState) -> {
            if (skillGroupStates.get(number) != groupState) {
                skillGroupStates.put(number, groupState);
            }
        });
    }

    /**
     * The agent's place in the organisation, as configured; skill groups keep the states events reported, and a
     * newly configured one starts in the agent's own state until an event reports it.
     */
    public void configure(String configuredExtension, Integer configuredTeamId, boolean isSupervisor,
                          Collection<Long> skillGroupNumbers) {
        reportDevices(configuredExtension, null);
        teamId = configuredTeamId;
        supervisor = isSupervisor;
        for (Long number : skillGroupNumbers) {
            skillGroupStates.putIfAbsent(number, state);
        }
    }

    public String agentId() {
        return agentId;
    }

    public String extension() {
        return extension;
    }

    public String instrument() {
        return instrument;
    }

    /** The devices the agent's calls are reported at: its instrument and its extension. */
    public Set<String> devices() {
        Set<String> devices = new HashSet<>();
        if (extension != null) {
            devices.add(extension);
        }
        if (instrument != null) {
            devices.add(instrument);
        }
        return devices;
    }

    /** The first name the organisation gives, or null. */
    public String firstName() {
        return firstName;
    }

    /** The last name the organisation gives, or null. */
    public String lastName() {
        return lastName;
    }

    public Integer teamId() {
        return teamId;
    }

    /** Moves the agent to a team (null: none), as the switch's team configuration says; false if it was there. */
    public boolean joinTeam(Integer newTeamId) {
        if (Objects.equals(teamId, newTeamId)) {
            return false;
        }
        teamId = newTeamId;
        return true;
    }

    public boolean supervisor() {
        return supervisor;
    }

    public Set<AgentSkillGroup> skillGroups() {
        Set<AgentSkillGroup> groups = new HashSet<>();
        skillGroupStates.forEach((number, groupState) -> groups.add(new AgentSkillGroup(number, groupState)));
        return groups;
    }

    public AgentState state() {
        return state;
    }

    public int reasonCode() {
        return reasonCode;
    }

    /** The state the agent asked for during a call, taken when the call ends; null when none is pending. */
    public AgentState pendingState() {
        return pendingState;
    }

    /** The reason code of the pending state, 0 when none. */
    public int pendingReasonCode() {
        return pendingReasonCode;
    }

    public Instant stateSince() {
        return stateSince;
    }

    public Instant loggedInSince() {
        return loggedInSince;
    }

    public AgentState stateBeforeCall() {
        return stateBeforeCall;
    }

    public EventStamp stamp() {
        return stamp;
    }
}
