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
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.AgentStateChanged;
import org.ctios.simulator.acd.AcdEvent.CallBegun;
import org.ctios.simulator.acd.AcdEvent.CallCleared;
import org.ctios.simulator.acd.AcdEvent.CallConferenced;
import org.ctios.simulator.acd.AcdEvent.CallDataUpdated;
import org.ctios.simulator.acd.AcdEvent.CallDelivered;
import org.ctios.simulator.acd.AcdEvent.CallEnded;
import org.ctios.simulator.acd.AcdEvent.CallEstablished;
import org.ctios.simulator.acd.AcdEvent.CallHeld;
import org.ctios.simulator.acd.AcdEvent.CallOriginated;
import org.ctios.simulator.acd.AcdEvent.CallQueued;
import org.ctios.simulator.acd.AcdEvent.CallRetrieved;
import org.ctios.simulator.acd.AcdEvent.CallTransferred;
import org.ctios.simulator.acd.AcdEvent.ConnectionCleared;
import org.ctios.simulator.acd.AcdEvent.PeripheralStatusChanged;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;
import org.ctios.simulator.scenario.TrafficProfile;

/**
 * The simulated switch: agents, skill groups, calls, and every operation on them, with the events each produces.
 * Not thread-safe by design: the {@link AcdEngine} runs every operation and timer on one thread, which keeps the
 * event order the order things happened in, as on a real ACD.
 */
public final class Acd {

    /** Not-ready reason code Unified CCE uses when an agent did not answer a routed call (RONA). */
    public static final int RING_NO_ANSWER_REASON = 32767;

    private final Scenario scenario;
    private final Clock clock;
    private final Random random;
    private final Scheduler scheduler;
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Map<Integer, SkillGroup> skillGroups = new LinkedHashMap<>();
    private final Map<Long, Call> calls = new LinkedHashMap<>();
    private final Router router;
    private final List<AcdEvent> emitted = new ArrayList<>();
    private TrafficProfile traffic;
    /** Where the numbering of calls began: at start, or where {@link #numberCallsFrom} last set it. */
    private long firstCallId = 100_001;
    private long nextCallId = firstCallId;
    private long nextRouterCallId = 1;
    private long callsEnded;
    private boolean peripheralOnline = true;

    Acd(Scenario scenario, Clock clock, Random random, Scheduler scheduler) {
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
        this.router = new Router(agents);
    }

    // ---------------------------------------------------------------- start and traffic

    /** Logs the simulated agents in and makes them available, as at the start of a shift. */
    void startShift() {
        for (Agent agent : agents.values()) {
            if (agent.logsInAtShiftStart()) {
                login(agent.id(), agent.profile().password(), agent.instrument());
                setAgentState(agent.id(), AgentState.AVAILABLE, 0);
            }
        }
    }

    public TrafficProfile traffic() {
        return traffic;
    }

    void callsPerSecond(double rate) {
        traffic = traffic.withCallsPerSecond(rate);
    }

    /**
     * Numbers the calls that begin from now on from {@code firstCallId} (their router call keys too), as a CTI Server
     * back from a restart does: the day's call keys come from the router and are not reused.
     */
    public void numberCallsFrom(long firstCallId) {
        if (firstCallId < nextCallId) {
            throw new IllegalArgumentException("calls are numbered from " + nextCallId + " already");
        }
        this.firstCallId = firstCallId;
        nextCallId = firstCallId;
        nextRouterCallId = Math.max(nextRouterCallId, firstCallId);
    }

    /** The id the switch began numbering its calls at: every call it began since has this id or a higher one. */
    public long firstCallId() {
        return firstCallId;
    }

    void traffic(TrafficProfile newTraffic) {
        traffic = newTraffic;
    }

    /** Picks the skill group of the next generated call by the traffic's weights. */
    SkillGroup pickSkillGroup() {
        List<SkillGroup> groups = new ArrayList<>(skillGroups.values());
        Map<Integer, Double> weights = traffic.skillGroupWeights();
        if (weights.isEmpty()) {
            return groups.get(random.nextInt(groups.size()));
        }
        double total = groups.stream().mapToDouble(g -> weights.getOrDefault(g.number(), 0.0)).sum();
        double pick = random.nextDouble() * total;
        for (SkillGroup group : groups) {
            pick -= weights.getOrDefault(group.number(), 0.0);
            if (pick < 0) {
                return group;
            }
        }
        return groups.get(groups.size() - 1);
    }

    /** A customer call for a skill group, with made-up but plausible data, as the traffic generator sends it. */
    void generatedCall() {
        if (!peripheralOnline || skillGroups.isEmpty()) {
            return;
        }
        SkillGroup group = pickSkillGroup();
        String ani = "0" + (100_000_000 + random.nextInt(900_000_000));
        String account = String.valueOf(10_000_000 + random.nextInt(90_000_000));
        CallVariables variables = CallVariables.of(account, "order-" + random.nextInt(100_000), null, null,
                "priority-" + (1 + random.nextInt(3)));
        List<NamedVariable> ecc = List.of(new NamedVariable("user.customer.tier", random.nextBoolean() ? "gold"
                : "silver"), new NamedVariable("user.ivr.language", "en"));
        injectCall(group.number(), ani, group.profile().dialedNumber(), variables, ecc);
    }

    // ---------------------------------------------------------------- inbound customer calls

    /** A customer call arrives for a skill group: BEGIN_CALL, then delivery or the queue. */
    public Outcome<Long> injectCall(int skillGroupNumber, String ani, String dnis, CallVariables variables,
                                    List<NamedVariable> ecc) {
        if (!peripheralOnline) {
            return Outcome.failure(AcdFailure.PERIPHERAL_OFFLINE, "the peripheral is offline");
        }
        SkillGroup group = skillGroups.get(skillGroupNumber);
        if (group == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_SKILL_GROUP, "no skill group " + skillGroupNumber);
        }
        Instant now = clock.instant();
        Call call = newCall(CallKind.ACD_IN, now);
        call.customerData(ani, dnis, dnis, null);
        call.updateData(null, null, variables == null ? CallVariables.none() : variables,
                ecc == null ? List.of() : ecc, List.of(), null);
        call.skillGroup(group);
        call.connect(ani == null || ani.isEmpty() ? "caller" : ani, DeviceKind.EXTERNAL, null,
                ConnectionState.CONNECTED);
        group.offered();
        emit(new CallBegun(now, call.view()));
        route(call, group, ani);
        return Outcome.success(call.id());
    }

    private Call newCall(CallKind kind, Instant now) {
        long day = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        Call call = new Call(nextCallId++, kind, now, day, nextRouterCallId++);
        calls.put(call.id(), call);
        return call;
    }

    private void route(Call call, SkillGroup group, String callingDevice) {
        Optional<Agent> agent = router.agentFor(group);
        if (agent.isPresent()) {
            deliver(call, agent.get(), callingDevice);
        } else {
            enqueue(call, group);
        }
    }

    private void enqueue(Call call, SkillGroup group) {
        Instant now = clock.instant();
        call.queuedAt(now);
        call.connect("queue-" + group.number(), DeviceKind.QUEUE, null, ConnectionState.QUEUED);
        group.queue().addLast(call);
        emit(new CallQueued(now, call.view(), group.queue().size()));
        Duration patience = traffic.meanPatience();
        if (!patience.isZero()) {
            long callId = call.id();
            scheduler.schedule(exponential(patience), () -> abandonIfQueued(callId));
        }
    }

    private void abandonIfQueued(long callId) {
        Call call = calls.get(callId);
        if (call == null || call.queueConnection().isEmpty()) {
            return;
        }
        SkillGroup group = call.skillGroup();
        group.queue().remove(call);
        group.abandoned();
        call.disconnect(call.queueConnection().get());
        endCall(call, ClearCause.ABANDONED_IN_QUEUE);
    }

    private void deliver(Call call, Agent agent, String callingDevice) {
        Instant now = clock.instant();
        call.queueConnection().ifPresent(queued -> {
            call.skillGroup().queue().remove(call);
            call.disconnect(queued);
        });
        agent.joinCall(call);
        changeState(agent, AgentState.RESERVED, 0);
        Connection alerting = call.connect(agent.extension(), DeviceKind.AGENT, agent, ConnectionState.ALERTING);
        call.deliveredAt(now);
        emit(new CallDelivered(now, call.view(), alerting.view(), callingDevice));
        long callId = call.id();
        String device = agent.extension();
        if (agent.isSimulated()) {
            scheduler.schedule(traffic.ringTime(), () -> answerIfAlerting(callId, device));
        } else if (call.kind() == CallKind.ACD_IN) {
            scheduler.schedule(traffic.ringNoAnswerTimeout(), () -> redirectOnNoAnswer(callId, device));
        }
    }

    private void answerIfAlerting(long callId, String device) {
        Call call = calls.get(callId);
        if (call != null && call.connectionOf(device).map(c -> c.state() == ConnectionState.ALERTING).orElse(false)) {
            answer(callId, device);
        }
    }

    /** RONA: the call goes back to the head of its queue and the agent who let it ring becomes not ready. */
    private void redirectOnNoAnswer(long callId, String device) {
        Call call = calls.get(callId);
        if (call == null) {
            return;
        }
        Optional<Connection> ringing = call.connectionOf(device).filter(c -> c.state() == ConnectionState.ALERTING);
        if (ringing.isEmpty()) {
            return;
        }
        Agent agent = ringing.get().agent();
        removeConnection(call, ringing.get(), ClearCause.NOT_ANSWERED);
        agent.pendingState(AgentState.NOT_READY, RING_NO_ANSWER_REASON);
        afterCall(agent, call);
        requeueAtHead(call);
    }

    private void requeueAtHead(Call call) {
        SkillGroup group = call.skillGroup();
        Optional<Agent> next = router.agentFor(group);
        if (next.isPresent()) {
            deliver(call, next.get(), call.view().ani());
            return;
        }
        Instant now = clock.instant();
        call.connect("queue-" + group.number(), DeviceKind.QUEUE, null, ConnectionState.QUEUED);
        if (call.queuedAt() == null) {
            call.queuedAt(now);
        }
        group.queue().addFirst(call);
        emit(new CallQueued(now, call.view(), group.queue().size()));
    }

    // ---------------------------------------------------------------- agent state

    public Outcome<AgentView> login(String agentId, String password, String instrument) {
        Optional<Agent> found = agentById(agentId);
        if (found.isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_AGENT, "no agent " + agentId);
        }
        Agent agent = found.get();
        if (!peripheralOnline) {
            return Outcome.failure(AcdFailure.PERIPHERAL_OFFLINE, "the peripheral is offline");
        }
        if (agent.isLoggedIn()) {
            return Outcome.failure(AcdFailure.AGENT_ALREADY_LOGGED_IN, "agent " + agentId + " is logged in");
        }
        if (!agent.profile().password().equals(password == null ? "" : password)) {
            return Outcome.failure(AcdFailure.WRONG_PASSWORD, "wrong password for agent " + agentId);
        }
        if (instrument != null && !instrument.isEmpty() && !instrument.equals(agent.instrument())
                && !instrument.equals(agent.extension())) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "agent " + agentId + " uses instrument "
                    + agent.instrument() + ", not " + instrument);
        }
        changeState(agent, AgentState.NOT_READY, 0);
        return Outcome.success(agent.view());
    }

    public Outcome<AgentView> logout(String agentId, int reasonCode) {
        Outcome<Agent> agent = loggedInAgent(agentId);
        if (agent instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent loggedIn = ((Outcome.Success<Agent>) agent).value();
        if (!loggedIn.calls().isEmpty()) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "agent " + agentId + " is on a call");
        }
        loggedIn.clearPendingState();
        changeState(loggedIn, AgentState.LOGOUT, reasonCode);
        return Outcome.success(loggedIn.view());
    }

    /**
     * Sets an agent's work state: AVAILABLE, NOT_READY, WORK_READY or WORK_NOT_READY. During a call the request is
     * kept and applied when the call ends, as Unified CCE does with "not ready pending".
     */
    public Outcome<AgentView> setAgentState(String agentId, AgentState target, int reasonCode) {
        Outcome<Agent> found = loggedInAgent(agentId);
        if (found instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) found).value();
        if (target != AgentState.AVAILABLE && target != AgentState.NOT_READY && target != AgentState.WORK_READY
                && target != AgentState.WORK_NOT_READY) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "an agent cannot ask for state " + target);
        }
        if (!agent.calls().isEmpty()) {
            agent.pendingState(target, reasonCode);
            return Outcome.success(agent.view());
        }
        agent.clearPendingState();
        changeState(agent, target, target == AgentState.NOT_READY || target == AgentState.WORK_NOT_READY
                ? reasonCode : 0);
        if (target == AgentState.AVAILABLE) {
            offerWaitingCall(agent);
        }
        return Outcome.success(agent.view());
    }

    private void changeState(Agent agent, AgentState state, int reasonCode) {
        if (agent.moveTo(state, reasonCode, clock.instant())) {
            emit(new AgentStateChanged(clock.instant(), agent.view()));
        }
    }

    private void offerWaitingCall(Agent agent) {
        if (agent.isRoutable()) {
            router.callFor(agent).ifPresent(call -> deliver(call, agent, call.view().ani()));
        }
    }

    // ---------------------------------------------------------------- call control

    public Outcome<CallView> answer(long callId, String device) {
        Outcome<Connection> found = connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        if (connection.state() != ConnectionState.ALERTING) {
            return Outcome.failure(AcdFailure.NO_CALL_TO_ANSWER, "call " + callId + " is not ringing at " + device);
        }
        Call call = calls.get(callId);
        Instant now = clock.instant();
        connection.state(ConnectionState.CONNECTED);
        call.answeredAt(now);
        String callingDevice = call.connections().stream().filter(c -> c != connection).findFirst()
                .map(Connection::deviceId).orElse(null);
        emit(new CallEstablished(now, call.view(), connection.view(), callingDevice));
        for (Connection party : call.connections()) {
            if (party.state() == ConnectionState.ALERTING && party.kind() == DeviceKind.EXTERNAL) {
                party.state(ConnectionState.CONNECTED);
            }
        }
        Agent agent = connection.agent();
        if (agent != null) {
            changeState(agent, AgentState.TALKING, 0);
            if (agent.isSimulated()) {
                simulateConversation(callId, device);
            }
        }
        return Outcome.success(call.view());
    }

    /** A simulated agent talks for a sampled time, putting one call in ten on hold for a moment, then hangs up. */
    private void simulateConversation(long callId, String device) {
        Duration talk = exponential(traffic.meanHandleTime());
        if (random.nextInt(10) == 0) {
            Duration before = talk.dividedBy(2);
            scheduler.schedule(before, () -> {
                if (hold(callId, device) instanceof Outcome.Success<CallView>) {
                    scheduler.schedule(Duration.ofSeconds(5), () -> retrieve(callId, device));
                }
            });
            talk = talk.plusSeconds(5);
        }
        scheduler.schedule(talk, () -> {
            if (calls.containsKey(callId)) {
                clearConnection(callId, device);
            }
        });
    }

    public Outcome<CallView> hold(long callId, String device) {
        Outcome<Connection> found = connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        if (connection.state() != ConnectionState.CONNECTED) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "call " + callId + " is not connected at " + device);
        }
        Call call = calls.get(callId);
        connection.state(ConnectionState.HELD);
        emit(new CallHeld(clock.instant(), call.view(), connection.view()));
        if (connection.agent() != null) {
            refreshTalkState(connection.agent());
        }
        return Outcome.success(call.view());
    }

    public Outcome<CallView> retrieve(long callId, String device) {
        Outcome<Connection> found = connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        if (connection.state() != ConnectionState.HELD) {
            return Outcome.failure(AcdFailure.NO_HELD_CALL, "call " + callId + " is not held at " + device);
        }
        Agent agent = connection.agent();
        if (agent != null && hasConnectedCall(agent)) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "agent " + agent.id() + " is talking on another call");
        }
        Call call = calls.get(callId);
        connection.state(ConnectionState.CONNECTED);
        emit(new CallRetrieved(clock.instant(), call.view(), connection.view()));
        if (agent != null) {
            refreshTalkState(agent);
        }
        return Outcome.success(call.view());
    }

    /** Hangs one device up. When fewer than two parties remain, the whole call ends. */
    public Outcome<CallView> clearConnection(long callId, String device) {
        Outcome<Connection> found = connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Call call = calls.get(callId);
        Connection connection = ((Outcome.Success<Connection>) found).value();
        boolean customerLeft = connection.kind() == DeviceKind.EXTERNAL && call.kind() == CallKind.ACD_IN;
        removeConnection(call, connection, ClearCause.NORMAL);
        if (connection.agent() != null) {
            afterCall(connection.agent(), call);
        }
        if (call.partyCount() < 2 || customerLeft) {
            endCall(call, ClearCause.NORMAL);
        }
        return Outcome.success(call.view());
    }

    private void removeConnection(Call call, Connection connection, ClearCause cause) {
        call.disconnect(connection);
        if (connection.agent() != null) {
            connection.agent().leaveCall(call);
        }
        emit(new ConnectionCleared(clock.instant(), call.view(), connection.view(), cause));
    }

    /** Ends a call for everyone still on it: the remaining agents leave, then CALL_CLEARED and END_CALL. */
    private void endCall(Call call, ClearCause cause) {
        for (Connection remaining : List.copyOf(call.connections())) {
            if (remaining.kind() == DeviceKind.QUEUE) {
                call.skillGroup().queue().remove(call);
                call.disconnect(remaining);
            } else if (remaining.agent() != null) {
                removeConnection(call, remaining, cause);
                afterCall(remaining.agent(), call);
            } else {
                call.disconnect(remaining);
            }
        }
        Instant now = clock.instant();
        if (call.kind() == CallKind.ACD_IN && call.answeredAt() != null && call.skillGroup() != null) {
            call.skillGroup().handled(Duration.between(call.answeredAt(), now));
        }
        emit(new CallCleared(now, call.view(), cause));
        calls.remove(call.id());
        callsEnded++;
        emit(new CallEnded(now, call.view()));
    }

    /** Where an agent goes when one of its calls ends: back to its other calls, wrap-up, or its next state. */
    private void afterCall(Agent agent, Call endedCall) {
        if (!agent.calls().isEmpty()) {
            refreshTalkState(agent);
            return;
        }
        AgentState pending = agent.pendingState();
        int pendingReason = agent.pendingReasonCode();
        agent.clearPendingState();
        boolean wrapUp = endedCall.kind() == CallKind.ACD_IN && !traffic.wrapUpTime().isZero()
                && endedCall.answeredAt() != null && pendingReason != RING_NO_ANSWER_REASON;
        if (wrapUp) {
            boolean notReadyNext = pending == AgentState.NOT_READY || pending == AgentState.WORK_NOT_READY;
            changeState(agent, notReadyNext ? AgentState.WORK_NOT_READY : AgentState.WORK_READY,
                    notReadyNext ? pendingReason : 0);
            if (agent.isSimulated()) {
                String agentId = agent.id();
                scheduler.schedule(traffic.wrapUpTime(), () -> finishWrapUp(agentId));
            }
            return;
        }
        AgentState next = pending != null ? pending : agent.stateBeforeCalls();
        int nextReason = pending != null ? pendingReason : agent.reasonBeforeCalls();
        switch (next) {
            case NOT_READY, WORK_NOT_READY -> changeState(agent, AgentState.NOT_READY, nextReason);
            case WORK_READY -> changeState(agent, AgentState.WORK_READY, 0);
            default -> {
                changeState(agent, AgentState.AVAILABLE, 0);
                offerWaitingCall(agent);
            }
        }
    }

    private void finishWrapUp(String agentId) {
        Agent agent = agents.get(agentId);
        if (agent == null || !agent.calls().isEmpty()) {
            return;
        }
        if (agent.state() == AgentState.WORK_READY) {
            changeState(agent, AgentState.AVAILABLE, 0);
            offerWaitingCall(agent);
        } else if (agent.state() == AgentState.WORK_NOT_READY) {
            changeState(agent, AgentState.NOT_READY, agent.reasonCode());
        }
    }

    /** TALKING while any call is connected, HOLD when all are held, RESERVED while one only rings. */
    private void refreshTalkState(Agent agent) {
        if (hasConnectedCall(agent)) {
            changeState(agent, AgentState.TALKING, 0);
        } else if (agent.calls().stream().anyMatch(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.HELD).orElse(false))) {
            changeState(agent, AgentState.HOLD, 0);
        } else if (!agent.calls().isEmpty()) {
            changeState(agent, AgentState.RESERVED, 0);
        }
    }

    private boolean hasConnectedCall(Agent agent) {
        return agent.calls().stream().anyMatch(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.CONNECTED
                        || conn.state() == ConnectionState.INITIATED).orElse(false));
    }

    // ---------------------------------------------------------------- outgoing calls, consult, transfer, conference

    /** An agent dials a number: another agent's extension, a skill group's number, or an outside number. */
    public Outcome<CallView> makeCall(String device, String dialedNumber, CallVariables variables,
                                      List<NamedVariable> ecc) {
        Outcome<Agent> found = agentAtDevice(device);
        if (found instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) found).value();
        if (!agent.calls().isEmpty() || agent.state() == AgentState.RESERVED) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "agent " + agent.id() + " is already on a call");
        }
        return originate(agent, dialedNumber, variables, ecc, null);
    }

    /** Puts the active call on hold and dials a consultation call from the same device. */
    public Outcome<CallView> consult(long activeCallId, String device, String dialedNumber, CallVariables variables,
                                     List<NamedVariable> ecc) {
        Outcome<Connection> found = connection(activeCallId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection active = ((Outcome.Success<Connection>) found).value();
        if (active.state() != ConnectionState.CONNECTED || active.agent() == null) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "no connected call " + activeCallId + " at " + device);
        }
        Outcome<Destination> destination = destination(dialedNumber, active.agent());
        if (destination instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Call original = calls.get(activeCallId);
        active.state(ConnectionState.HELD);
        emit(new CallHeld(clock.instant(), original.view(), active.view()));
        return originate(active.agent(), dialedNumber,
                variables == null ? original.view().callVariables() : variables,
                ecc == null ? original.view().namedVariables() : ecc, original);
    }

    private Outcome<CallView> originate(Agent agent, String dialedNumber, CallVariables variables,
                                        List<NamedVariable> ecc, Call consultedFrom) {
        Outcome<Destination> found = destination(dialedNumber, agent);
        if (found instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Destination destination = ((Outcome.Success<Destination>) found).value();
        Instant now = clock.instant();
        CallKind kind = consultedFrom != null ? CallKind.CONSULT
                : destination.agent() != null ? CallKind.AGENT_INSIDE : CallKind.AGENT_OUT;
        Call call = newCall(kind, now);
        call.customerData(agent.extension(), dialedNumber, dialedNumber, null);
        call.updateData(null, null, variables == null ? CallVariables.none() : variables,
                ecc == null ? List.of() : ecc, List.of(), null);
        if (destination.group() != null) {
            call.skillGroup(destination.group());
        } else if (consultedFrom != null) {
            call.skillGroup(consultedFrom.skillGroup());
        }
        agent.joinCall(call);
        Connection originating = call.connect(agent.extension(), DeviceKind.AGENT, agent, ConnectionState.CONNECTED);
        emit(new CallBegun(now, call.view()));
        emit(new CallOriginated(now, call.view(), originating.view(), dialedNumber));
        changeState(agent, AgentState.TALKING, 0);
        if (destination.agent() != null) {
            deliver(call, destination.agent(), agent.extension());
        } else if (destination.group() != null) {
            route(call, destination.group(), agent.extension());
        } else {
            Connection outside = call.connect(dialedNumber, DeviceKind.EXTERNAL, null, ConnectionState.ALERTING);
            emit(new CallDelivered(now, call.view(), outside.view(), agent.extension()));
            long callId = call.id();
            scheduler.schedule(traffic.ringTime(), () -> answerIfAlerting(callId, dialedNumber));
        }
        return Outcome.success(call.view());
    }

    /** Where a dialled number leads. */
    private record Destination(Agent agent, SkillGroup group) {
    }

    private Outcome<Destination> destination(String dialedNumber, Agent caller) {
        if (dialedNumber == null || dialedNumber.isBlank()) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "no number dialled");
        }
        for (SkillGroup group : skillGroups.values()) {
            if (dialedNumber.equals(group.profile().dialedNumber())) {
                return Outcome.success(new Destination(null, group));
            }
        }
        Optional<Agent> agent = agents.values().stream()
                .filter(a -> a.extension().equals(dialedNumber) || a.instrument().equals(dialedNumber)).findFirst();
        if (agent.isPresent()) {
            Agent called = agent.get();
            if (called == caller) {
                return Outcome.failure(AcdFailure.INVALID_DESTINATION, "an agent cannot call itself");
            }
            if (!called.isLoggedIn() || !called.calls().isEmpty() || called.state() == AgentState.RESERVED) {
                return Outcome.failure(AcdFailure.INVALID_DESTINATION, "agent " + called.id() + " cannot take a call");
            }
            return Outcome.success(new Destination(called, null));
        }
        if (!dialedNumber.chars().allMatch(c -> Character.isDigit(c) || c == '+' || c == '#' || c == '*')) {
            return Outcome.failure(AcdFailure.INVALID_DESTINATION, "'" + dialedNumber + "' is not a number");
        }
        return Outcome.success(new Destination(null, null));
    }

    /**
     * Completes a consultation transfer: the held (primary) call's other parties are joined with the parties of the
     * active (consultation) call, the transferring device leaves both, and the consultation call ends.
     */
    public Outcome<CallView> transfer(long activeCallId, long heldCallId, String device) {
        Outcome<Connection[]> pair = consultationPair(activeCallId, heldCallId, device);
        if (pair instanceof Outcome.Failure<Connection[]> failure) {
            return failure.cast();
        }
        Connection[] connections = ((Outcome.Success<Connection[]>) pair).value();
        Call primary = calls.get(heldCallId);
        Call secondary = calls.get(activeCallId);
        Agent transferring = connections[0].agent();
        String transferredDevice = moveParties(secondary, primary, transferring);
        primary.disconnect(connections[1]);
        secondary.disconnect(connections[0]);
        transferring.leaveCall(primary);
        transferring.leaveCall(secondary);
        Instant now = clock.instant();
        emit(new CallTransferred(now, primary.view(), secondary.id(), device, transferredDevice));
        emit(new ConnectionCleared(now, primary.view(), connections[1].view(), ClearCause.TRANSFER));
        afterCall(transferring, primary);
        endCall(secondary, ClearCause.TRANSFER);
        return Outcome.success(primary.view());
    }

    /** Single-step (blind) transfer: the device leaves and the call rings at the dialled destination. */
    public Outcome<CallView> singleStepTransfer(long callId, String device, String dialedNumber) {
        Outcome<Connection> found = connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        Agent transferring = connection.agent();
        if (transferring == null || connection.state() != ConnectionState.CONNECTED) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "no connected call " + callId + " at " + device);
        }
        Outcome<Destination> found2 = destination(dialedNumber, transferring);
        if (found2 instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Destination destination = ((Outcome.Success<Destination>) found2).value();
        Call call = calls.get(callId);
        call.disconnect(connection);
        transferring.leaveCall(call);
        Instant now = clock.instant();
        emit(new CallTransferred(now, call.view(), -1, device, dialedNumber));
        emit(new ConnectionCleared(now, call.view(), connection.view(), ClearCause.TRANSFER));
        afterCall(transferring, call);
        if (destination.agent() != null) {
            deliver(call, destination.agent(), device);
        } else if (destination.group() != null) {
            call.skillGroup(destination.group());
            route(call, destination.group(), device);
        } else {
            Connection outside = call.connect(dialedNumber, DeviceKind.EXTERNAL, null, ConnectionState.ALERTING);
            emit(new CallDelivered(now, call.view(), outside.view(), device));
            scheduler.schedule(traffic.ringTime(), () -> answerIfAlerting(callId, dialedNumber));
        }
        return Outcome.success(call.view());
    }

    /** Completes a consultation conference: everyone on both calls joins the held (primary) call. */
    public Outcome<CallView> conference(long activeCallId, long heldCallId, String device) {
        Outcome<Connection[]> pair = consultationPair(activeCallId, heldCallId, device);
        if (pair instanceof Outcome.Failure<Connection[]> failure) {
            return failure.cast();
        }
        Connection[] connections = ((Outcome.Success<Connection[]>) pair).value();
        Call primary = calls.get(heldCallId);
        Call secondary = calls.get(activeCallId);
        Agent controller = connections[0].agent();
        String addedDevice = moveParties(secondary, primary, controller);
        secondary.disconnect(connections[0]);
        controller.leaveCall(secondary);
        connections[1].state(ConnectionState.CONNECTED);
        emit(new CallConferenced(clock.instant(), primary.view(), secondary.id(), device, addedDevice,
                ClearCause.CONFERENCE));
        refreshTalkState(controller);
        endCall(secondary, ClearCause.CONFERENCE);
        return Outcome.success(primary.view());
    }

    /** The controller's connections on the active (consultation) and held (primary) calls. */
    private Outcome<Connection[]> consultationPair(long activeCallId, long heldCallId, String device) {
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
        if (activeConnection.state() != ConnectionState.CONNECTED || activeConnection.agent() == null) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "call " + activeCallId + " is not connected at "
                    + device);
        }
        if (heldConnection.state() != ConnectionState.HELD) {
            return Outcome.failure(AcdFailure.NO_HELD_CALL, "call " + heldCallId + " is not held at " + device);
        }
        return Outcome.success(new Connection[] {activeConnection, heldConnection});
    }

    /** Moves every party but {@code except} from one call to another; returns the first moved device. */
    private String moveParties(Call from, Call to, Agent except) {
        String first = null;
        for (Connection party : List.copyOf(from.connections())) {
            if (party.agent() == except || party.kind() == DeviceKind.QUEUE) {
                continue;
            }
            from.disconnect(party);
            Connection moved = to.connect(party.deviceId(), party.kind(), party.agent(), party.state());
            if (party.agent() != null) {
                party.agent().leaveCall(from);
                party.agent().joinCall(to);
            }
            if (first == null) {
                first = moved.deviceId();
            }
        }
        return first;
    }

    // ---------------------------------------------------------------- call data, supervision

    public Outcome<CallView> setCallData(long callId, String ani, String callerEnteredDigits, CallVariables variables,
                                         List<NamedVariable> ecc, List<NamedArray> eccArrays, String wrapupData) {
        Call call = calls.get(callId);
        if (call == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_CALL, "no call " + callId);
        }
        call.updateData(ani, callerEnteredDigits, variables, ecc, eccArrays, wrapupData);
        emit(new CallDataUpdated(clock.instant(), call.view()));
        return Outcome.success(call.view());
    }

    /** What a supervisor does to an agent's call. */
    public enum Supervision {
        /** Join the call: the supervisor, the agent and the customer talk together. */
        BARGE_IN,
        /** Take the call over: the agent leaves, the supervisor stays with the customer. */
        INTERCEPT
    }

    public Outcome<CallView> supervise(String supervisorDevice, String agentId, Supervision action) {
        Outcome<Agent> supervisorFound = agentAtDevice(supervisorDevice);
        if (supervisorFound instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent supervisor = ((Outcome.Success<Agent>) supervisorFound).value();
        Outcome<Agent> agentFound = loggedInAgent(agentId);
        if (agentFound instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) agentFound).value();
        if (!supervises(supervisor, agent)) {
            return Outcome.failure(AcdFailure.NOT_A_SUPERVISOR, "agent " + supervisor.id()
                    + " does not supervise agent " + agentId);
        }
        Optional<Call> talking = agent.calls().stream().filter(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.CONNECTED).orElse(false)).findFirst();
        if (talking.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "agent " + agentId + " is not talking");
        }
        Call call = talking.get();
        boolean alreadyOnCall = call.connectionOf(supervisor).isPresent();
        if (!alreadyOnCall && !supervisor.calls().isEmpty()) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "supervisor " + supervisor.id() + " is on a call");
        }
        if (!alreadyOnCall) {
            supervisor.joinCall(call);
            call.connect(supervisor.extension(), DeviceKind.AGENT, supervisor, ConnectionState.CONNECTED);
            emit(new CallConferenced(clock.instant(), call.view(), -1, agent.extension(), supervisor.extension(),
                    ClearCause.SUPERVISOR_BARGE_IN));
            changeState(supervisor, AgentState.TALKING, 0);
        }
        if (action == Supervision.INTERCEPT) {
            Connection agentConnection = call.connectionOf(agent).orElseThrow();
            removeConnection(call, agentConnection, ClearCause.SUPERVISOR_INTERCEPT);
            afterCall(agent, call);
        }
        return Outcome.success(call.view());
    }

    private boolean supervises(Agent supervisor, Agent agent) {
        if (!supervisor.profile().supervisor() || supervisor == agent) {
            return false;
        }
        Integer team = agent.profile().teamId();
        return team == null || scenario.teams().stream()
                .anyMatch(t -> t.id() == team && supervisor.id().equals(t.supervisorId()));
    }

    // ---------------------------------------------------------------- peripheral

    public void peripheralOnline(boolean online) {
        if (peripheralOnline != online) {
            peripheralOnline = online;
            emit(new PeripheralStatusChanged(clock.instant(), online));
        }
    }

    public boolean isPeripheralOnline() {
        return peripheralOnline;
    }

    // ---------------------------------------------------------------- queries

    public List<AgentView> agents() {
        return agents.values().stream().map(Agent::view).toList();
    }

    public List<CallView> calls() {
        return calls.values().stream().map(Call::view).toList();
    }

    public long callsEnded() {
        return callsEnded;
    }

    public Optional<CallView> call(long callId) {
        return Optional.ofNullable(calls.get(callId)).map(Call::view);
    }

    /** An agent found by its id, its extension or its instrument (the ways QUERY_AGENT_STATE may name it). */
    public Optional<AgentView> findAgent(String agentId, String extension, String instrument) {
        return findAgentModel(agentId, extension, instrument).map(Agent::view);
    }

    private Optional<Agent> findAgentModel(String agentId, String extension, String instrument) {
        return agents.values().stream().filter(a -> (agentId != null && a.id().equals(agentId))
                || (extension != null && a.extension().equals(extension))
                || (instrument != null && a.instrument().equals(instrument))).findFirst();
    }

    /** The calls at a device (an agent's extension or instrument), for SNAPSHOT_DEVICE. */
    public List<CallView> callsAt(String device) {
        // The agent is looked up once, not per call: a resynchronisation asks this for every agent's device.
        Optional<Agent> agent = agentAtDeviceModel(device);
        return calls.values().stream().filter(c -> c.connectionOf(device).isPresent()
                        || agent.map(a -> c.connectionOf(a).isPresent()).orElse(false))
                .map(Call::view).toList();
    }

    public List<SkillGroupView> skillGroups() {
        return skillGroups.values().stream().map(this::statistics).toList();
    }

    public Optional<SkillGroupView> skillGroup(int number) {
        return Optional.ofNullable(skillGroups.get(number)).map(this::statistics);
    }

    private SkillGroupView statistics(SkillGroup group) {
        Collection<Agent> members = agents.values().stream().filter(a -> a.skillGroups().contains(group)).toList();
        int loggedOn = 0;
        int available = 0;
        int notReady = 0;
        int reserved = 0;
        int talking = 0;
        int onHold = 0;
        int workReady = 0;
        int workNotReady = 0;
        for (Agent agent : members) {
            switch (agent.state()) {
                case LOGOUT -> {
                    continue;
                }
                case AVAILABLE -> available++;
                case NOT_READY -> notReady++;
                case RESERVED -> reserved++;
                case TALKING -> talking++;
                case HOLD -> onHold++;
                case WORK_READY -> workReady++;
                case WORK_NOT_READY -> workNotReady++;
                default -> {
                    // counted as logged on only
                }
            }
            loggedOn++;
        }
        Duration average = group.callsHandled() == 0 ? Duration.ZERO
                : group.handleTime().dividedBy(group.callsHandled());
        return new SkillGroupView(group.number(), group.id(), group.profile().name(), loggedOn, available, notReady,
                reserved, talking, onHold, workReady, workNotReady, group.queue().size(),
                group.longestWait(clock.instant()), group.callsOffered(), group.callsHandled(), group.callsAbandoned(),
                average);
    }

    public long peripheralId() {
        return scenario.peripheralId();
    }

    // ---------------------------------------------------------------- helpers

    private Optional<Agent> agentById(String agentId) {
        return Optional.ofNullable(agentId == null ? null : agents.get(agentId));
    }

    private Outcome<Agent> loggedInAgent(String agentId) {
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

    private Optional<Agent> agentAtDeviceModel(String device) {
        return device == null ? Optional.empty() : agents.values().stream()
                .filter(a -> a.extension().equals(device) || a.instrument().equals(device)).findFirst();
    }

    private Outcome<Agent> agentAtDevice(String device) {
        Optional<Agent> agent = agentAtDeviceModel(device);
        if (agent.isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_AGENT, "no agent at device " + device);
        }
        return loggedInAgent(agent.get().id());
    }

    /** The connection of a device (or of the agent logged in on it) to a call. */
    private Outcome<Connection> connection(long callId, String device) {
        if (!peripheralOnline) {
            return Outcome.failure(AcdFailure.PERIPHERAL_OFFLINE, "the peripheral is offline");
        }
        Call call = calls.get(callId);
        if (call == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_CALL, "no call " + callId);
        }
        Optional<Connection> connection = call.connectionOf(device)
                .or(() -> agentAtDeviceModel(device).flatMap(call::connectionOf));
        return connection.<Outcome<Connection>>map(Outcome::success)
                .orElseGet(() -> Outcome.failure(AcdFailure.NOT_A_PARTY, device + " is not on call " + callId));
    }

    private Duration exponential(Duration mean) {
        double sample = -Math.log(1 - random.nextDouble()) * mean.toMillis();
        return Duration.ofMillis(Math.max(1, Math.round(sample)));
    }

    private void emit(AcdEvent event) {
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
}
