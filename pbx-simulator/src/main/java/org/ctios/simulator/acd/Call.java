package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/** A call in the simulated switch. Mutable, confined to the engine's thread. */
final class Call {

    private final long id;
    private final CallKind kind;
    private final Instant begunAt;
    private final long routerCallKeyDay;
    private final long routerCallKeyCallId;
    private final List<Connection> connections = new ArrayList<>();
    /** Every agent that has been on the call: they all hear of it until it ends. */
    private final Set<String> involvedAgents = new LinkedHashSet<>();
    private String ani;
    private String dnis;
    private String dialedNumber;
    private String callerEnteredDigits;
    private String callWrapupData;
    private CallVariables callVariables = CallVariables.none();
    private List<NamedVariable> namedVariables = List.of();
    private List<NamedArray> namedArrays = List.of();
    private SkillGroup skillGroup;
    private Instant queuedAt;
    private Instant deliveredAt;
    private Instant answeredAt;
    private final StringBuilder dtmfDigits = new StringBuilder();
    private boolean recorded;
    /** The supervisor silently monitoring the call, and the agent it listens to; no party of the call. */
    private Agent monitoringSupervisor;
    private Agent monitoredAgent;
    /** The one agent this call may be offered to (an agent-targeted call), or null: any agent of its group. */
    private Agent targetAgent;

    Call(long id, CallKind kind, Instant begunAt, long routerCallKeyDay, long routerCallKeyCallId) {
        this.id = id;
        this.kind = kind;
        this.begunAt = begunAt;
        this.routerCallKeyDay = routerCallKeyDay;
        this.routerCallKeyCallId = routerCallKeyCallId;
    }

    long id() {
        return id;
    }

    Instant begunAt() {
        return begunAt;
    }

    CallKind kind() {
        return kind;
    }

    List<Connection> connections() {
        return connections;
    }

    Connection connect(String deviceId, DeviceKind deviceKind, Agent agent, ConnectionState state) {
        Connection connection = new Connection(deviceId, deviceKind, agent, state);
        connections.add(connection);
        if (agent != null) {
            involvedAgents.add(agent.id());
        }
        return connection;
    }

    void disconnect(Connection connection) {
        connections.remove(connection);
        if (connection.agent() != null && connection.agent() == monitoredAgent) {
            stopMonitor();   // a silent monitor listens to an agent: it ends when that agent leaves
        }
    }

    /** The supervisor silently monitoring this call, if one is. */
    Optional<Agent> monitoringSupervisor() {
        return Optional.ofNullable(monitoringSupervisor);
    }

    void monitor(Agent supervisor, Agent agent) {
        this.monitoringSupervisor = supervisor;
        this.monitoredAgent = agent;
    }

    void stopMonitor() {
        this.monitoringSupervisor = null;
        this.monitoredAgent = null;
    }

    Optional<Connection> connectionOf(String deviceId) {
        return connections.stream().filter(c -> c.deviceId().equals(deviceId)).findFirst();
    }

    Optional<Connection> connectionOf(Agent agent) {
        return connections.stream().filter(c -> c.agent() == agent).findFirst();
    }

    Optional<Connection> queueConnection() {
        return connections.stream().filter(c -> c.kind() == DeviceKind.QUEUE).findFirst();
    }

    /** Connections of agents and outside phones, the queue excluded. */
    long partyCount() {
        return connections.stream().filter(c -> c.kind() != DeviceKind.QUEUE).count();
    }

    void customerData(String newAni, String newDnis, String newDialedNumber, String newCallerEnteredDigits) {
        this.ani = newAni;
        this.dnis = newDnis;
        this.dialedNumber = newDialedNumber;
        this.callerEnteredDigits = newCallerEnteredDigits;
    }

    /** Applies the fields a SET_CALL_DATA carries; {@code null} leaves a field as it is. */
    void updateData(String newAni, String newCallerEnteredDigits, CallVariables variables,
                    List<NamedVariable> variablesToSet, List<NamedArray> arraysToSet, String wrapupData) {
        if (newAni != null) {
            ani = newAni;
        }
        if (newCallerEnteredDigits != null) {
            callerEnteredDigits = newCallerEnteredDigits;
        }
        if (variables != null) {
            callVariables = callVariables.overriddenBy(variables);
        }
        if (variablesToSet != null && !variablesToSet.isEmpty()) {
            namedVariables = EccMerge.variables(namedVariables, variablesToSet);
        }
        if (arraysToSet != null && !arraysToSet.isEmpty()) {
            namedArrays = EccMerge.arrays(namedArrays, arraysToSet);
        }
        if (wrapupData != null) {
            callWrapupData = wrapupData;
        }
    }

    Agent targetAgent() {
        return targetAgent;
    }

    void targetAgent(Agent agent) {
        this.targetAgent = agent;
    }

    /** Whether the call may be offered to the agent: any agent, unless it is targeted at another one. */
    boolean mayBeOfferedTo(Agent agent) {
        return targetAgent == null || targetAgent == agent;
    }

    void skillGroup(SkillGroup group) {
        this.skillGroup = group;
    }

    SkillGroup skillGroup() {
        return skillGroup;
    }

    Instant queuedAt() {
        return queuedAt;
    }

    void queuedAt(Instant at) {
        this.queuedAt = at;
    }

    void deliveredAt(Instant at) {
        this.deliveredAt = at;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    void answeredAt(Instant at) {
        if (answeredAt == null) {
            this.answeredAt = at;
        }
    }

    /** Digits a party sent as DTMF tones on this call, after those sent before. */
    void dtmfSent(String digits) {
        dtmfDigits.append(digits);
    }

    boolean isRecorded() {
        return recorded;
    }

    void recorded(boolean isRecorded) {
        this.recorded = isRecorded;
    }

    CallView view() {
        return new CallView(id, kind, ani, dnis, dialedNumber, callerEnteredDigits, callVariables, namedVariables,
                namedArrays, callWrapupData, skillGroup == null ? null : skillGroup.number(),
                skillGroup == null ? null : skillGroup.id(), routerCallKeyDay, routerCallKeyCallId, begunAt,
                queuedAt, deliveredAt, answeredAt, connections.stream().map(Connection::view).toList(),
                List.copyOf(involvedAgents), dtmfDigits.toString(), recorded,
                monitoringSupervisor == null ? null : monitoringSupervisor.id());
    }
}
