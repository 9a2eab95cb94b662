package org.ctios.simulator.acd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;
import org.ctios.simulator.scenario.TrafficProfile;

/**
 * What the switch holds, shared by all its parts: agents, skill groups and calls, the traffic, the peripheral's
 * status, the numbering of calls, the events of the task under way, and the look-ups every request starts with. Like
 * every part of the switch it is confined to the engine's one thread, so it takes no locks.
 */
final class SwitchState {

    private final Scenario scenario;
    private final Clock clock;
    private final Random random;
    private final Scheduler scheduler;
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Map<Integer, SkillGroup> skillGroups = new LinkedHashMap<>();
    private final Map<Long, Call> calls = new LinkedHashMap<>();
    private final List<AcdEvent> emitted = new ArrayList<>();
    private TrafficProfile traffic;
    /** Where the numbering of calls began: at start, or where {@link #numberCallsFrom} last set it. */
    private long firstCallId = Acd.DEFAULT_FIRST_CALL_ID;
    private long nextCallId = firstCallId;
    private long nextRouterCallId = 1;
    private long callsEnded;
    private boolean peripheralOnline = true;

    SwitchState(Scenario scenario, Clock clock, Random random, Scheduler scheduler) {
        this.scenario = scenario;
        this.clock = clock;
        this.random = random;
        this.scheduler = scheduler;
        this.traffic = scenario.traffic();
        for (SkillGroupProfile group : scenario.skillGroups()) {
            skillGroups.put(group.number(), new SkillGroup(group));
        }
        Instant now = clock.instant();
        for (AgentProfile profile : scenario.agents()) {
            List<SkillGroup> groups = profile.skillGroups().stream().map(skillGroups::get).toList();
            agents.put(profile.agentId(), new Agent(profile, groups, now));
        }
    }

    // ---------------------------------------------------------------- time, chance, events

    Scenario scenario() {
        return scenario;
    }

    Instant now() {
        return clock.instant();
    }

    /** The one seeded generator of the switch: a run with the same seed makes the same traffic. */
    Random random() {
        return random;
    }

    void schedule(Duration delay, Runnable action) {
        scheduler.schedule(delay, action);
    }

    /** A sample of an exponential distribution with this mean, at least a millisecond. */
    Duration exponential(Duration mean) {
        double sample = -Math.log(1 - random.nextDouble()) * mean.toMillis();
        return Duration.ofMillis(Math.max(1, Math.round(sample)));
    }

    void emit(AcdEvent event) {
        emitted.add(event);
    }

    /** The events of the last operation, in order; clears the buffer. */
    List<AcdEvent> drainEvents() {
        if (emitted.isEmpty()) {
            return List.of();
        }
        List<AcdEvent> drained = List.copyOf(emitted);
        emitted.clear();
        return drained;
    }

    TrafficProfile traffic() {
        return traffic;
    }

    void traffic(TrafficProfile newTraffic) {
        traffic = newTraffic;
    }

    boolean isPeripheralOnline() {
        return peripheralOnline;
    }

    void peripheralOnline(boolean online) {
        peripheralOnline = online;
    }

    // ---------------------------------------------------------------- calls

    /** Numbers the calls that begin from now on from {@code firstCallId}, their router call keys too. */
    void numberCallsFrom(long newFirstCallId) {
        if (newFirstCallId < nextCallId) {
            throw new IllegalArgumentException("calls are numbered from " + nextCallId + " already");
        }
        this.firstCallId = newFirstCallId;
        nextCallId = newFirstCallId;
        nextRouterCallId = Math.max(nextRouterCallId, newFirstCallId);
    }

    long firstCallId() {
        return firstCallId;
    }

    /** A new call, numbered and kept until {@link #ended}. */
    Call newCall(CallKind kind, Instant now) {
        long day = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        Call call = new Call(nextCallId++, kind, now, day, nextRouterCallId++);
        calls.put(call.id(), call);
        return call;
    }

    /** The call is over: the switch forgets it and counts it. */
    void ended(Call call) {
        calls.remove(call.id());
        callsEnded++;
    }

    long callsEnded() {
        return callsEnded;
    }

    /** A call under way, or {@code null}. */
    Call call(long callId) {
        return calls.get(callId);
    }

    Collection<Call> calls() {
        return calls.values();
    }

    // ---------------------------------------------------------------- agents and skill groups

    /** Every agent, in the scenario's order (a live view). */
    Collection<Agent> agents() {
        return agents.values();
    }

    /** An agent by id, or {@code null}. */
    Agent agent(String agentId) {
        return agents.get(agentId);
    }

    /** Every skill group, in the scenario's order. */
    Collection<SkillGroup> skillGroups() {
        return skillGroups.values();
    }

    /** A skill group by number, or {@code null}. */
    SkillGroup skillGroup(int number) {
        return skillGroups.get(number);
    }

    // ---------------------------------------------------------------- look-ups of requests

    Optional<Agent> agentById(String agentId) {
        return Optional.ofNullable(agentId == null ? null : agents.get(agentId));
    }

    /** An agent found by its id, its extension or its instrument. */
    Optional<Agent> findAgent(String agentId, String extension, String instrument) {
        return agents.values().stream().filter(a -> (agentId != null && a.id().equals(agentId))
                || (extension != null && a.extension().equals(extension))
                || (instrument != null && a.instrument().equals(instrument))).findFirst();
    }

    /** The agent whose extension or instrument a device is. */
    Optional<Agent> agentAtDevice(String device) {
        return device == null ? Optional.empty() : agents.values().stream()
                .filter(a -> a.extension().equals(device) || a.instrument().equals(device)).findFirst();
    }

    /** An agent a request may act for: known, logged in, and the peripheral online. */
    Outcome<Agent> loggedInAgent(String agentId) {
        Optional<Agent> agent = agentById(agentId);
        if (agent.isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_AGENT, "no agent " + agentId);
        }
        if (!peripheralOnline) {
            return Outcome.failure(AcdFailure.PERIPHERAL_OFFLINE, "the peripheral is offline");
        }
        if (!agent.get().isLoggedIn()) {
            return Outcome.failure(AcdFailure.AGENT_NOT_LOGGED_IN, "agent " + agentId + " is not logged in");
        }
        return Outcome.success(agent.get());
    }

    /** The logged-in agent at a device, as {@link #loggedInAgent} checks it. */
    Outcome<Agent> loggedInAgentAtDevice(String device) {
        Optional<Agent> agent = agentAtDevice(device);
        if (agent.isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_AGENT, "no agent at device " + device);
        }
        return loggedInAgent(agent.get().id());
    }

    /** The connection of a device (or of the agent logged in on it) to a call. */
    Outcome<Connection> connection(long callId, String device) {
        if (!peripheralOnline) {
            return Outcome.failure(AcdFailure.PERIPHERAL_OFFLINE, "the peripheral is offline");
        }
        Call call = calls.get(callId);
        if (call == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_CALL, "no call " + callId);
        }
        Optional<Connection> connection = call.connectionOf(device)
                .or(() -> agentAtDevice(device).flatMap(call::connectionOf));
        return connection.<Outcome<Connection>>map(Outcome::success)
                .orElseGet(() -> Outcome.failure(AcdFailure.NOT_A_PARTY, device + " is not on call " + callId));
    }

    /**
     * The device's connected connection on {@code activeCallId} and its held one on {@code heldCallId}, or why not:
     * as {@link #connection} for each, then NO_ACTIVE_CALL or NO_HELD_CALL.
     */
    Outcome<ActiveAndHeld> activeAndHeld(long activeCallId, long heldCallId, String device) {
        Outcome<Connection> active = connection(activeCallId, device);
        if (active instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Outcome<Connection> held = connection(heldCallId, device);
        if (held instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection activeConnection = ((Outcome.Success<Connection>) active).value();
        Connection heldConnection = ((Outcome.Success<Connection>) held).value();
        if (activeConnection.state() != ConnectionState.CONNECTED) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "call " + activeCallId + " is not connected at "
                    + device);
        }
        if (heldConnection.state() != ConnectionState.HELD) {
            return Outcome.failure(AcdFailure.NO_HELD_CALL, "call " + heldCallId + " is not held at " + device);
        }
        return Outcome.success(new ActiveAndHeld(call(activeCallId), activeConnection, call(heldCallId),
                heldConnection));
    }
}
