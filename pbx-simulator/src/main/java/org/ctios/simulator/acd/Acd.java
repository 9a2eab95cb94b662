package org.ctios.simulator.acd;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.PeripheralStatusChanged;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.TrafficProfile;

/**
 * The simulated switch as its users see it: agents, skill groups, calls, and every operation on them, with the events
 * each produces. It only wires the parts that do the work, one concern each ({@link CustomerCalls},
 * {@link CallDistribution}, {@link AgentStates}, {@link CallControl}, {@link Dialling},
 * {@link TransfersAndConferences}, {@link SupervisorActions}, {@link CallFeatures}, {@link SkillGroupStatistics},
 * over the shared {@link SwitchState}) and answers the queries. Not thread-safe by design: the {@link AcdEngine} runs every operation
 * and timer on one thread, which keeps the event order the order things happened in, as on a real ACD; the parts
 * rely on that too and take no locks.
 */
public final class Acd {

    /** The id a switch gives its first call unless told otherwise ({@link #numberCallsFrom}). */
    public static final long DEFAULT_FIRST_CALL_ID = 100_001;

    /** Not-ready reason code Unified CCE uses when an agent did not answer a routed call (RONA). */
    public static final int RING_NO_ANSWER_REASON = AgentStates.RING_NO_ANSWER_REASON;

    /** How many calls may wait for one agent at once ({@link #injectCallForAgent}); one more is refused. */
    public static final int MAX_CALLS_WAITING_FOR_AN_AGENT = CustomerCalls.MAX_QUEUED_FOR_AN_AGENT;

    /** What a supervisor does to an agent's call. */
    public enum Supervision {
        /** Join the call: the supervisor, the agent and the customer talk together. */
        BARGE_IN,
        /** Take the call over: the agent leaves, the supervisor stays with the customer. */
        INTERCEPT,
        /** Listen to the call, unheard and unseen by its parties. */
        MONITOR,
        /** End the supervisor's monitor or barge-in. */
        CLEAR
    }

    private final SwitchState state;
    private final AgentStates agentStates;
    private final CallControl callControl;
    private final CallDistribution distribution;
    private final CustomerCalls customerCalls;
    private final Dialling dialling;
    private final TransfersAndConferences transfers;
    private final SupervisorActions supervisorActions;
    private final HelpRequests helpRequests;
    private final CallFeatures features;
    private final SkillGroupStatistics statistics;
    private final UserMessages userMessages;
    private final AgentTeams teams;

    Acd(Scenario scenario, Clock clock, Random random, Scheduler scheduler) {
        this.state = new SwitchState(scenario, clock, random, scheduler);
        // Agent states and distribution need each other (an agent who becomes available takes a waiting call; a
        // delivered call reserves its agent), so agent states reach distribution through this facade, wired below.
        this.agentStates = new AgentStates(state, this::offerWaitingCall);
        this.callControl = new CallControl(state, agentStates);
        this.distribution = new CallDistribution(state, agentStates, callControl);
        this.customerCalls = new CustomerCalls(state, distribution);
        DialPlan dialPlan = new DialPlan(state);
        this.dialling = new Dialling(state, dialPlan, agentStates, distribution, callControl);
        this.transfers = new TransfersAndConferences(state, dialPlan, agentStates, distribution, callControl);
        this.supervisorActions = new SupervisorActions(state, agentStates, callControl);
        this.helpRequests = new HelpRequests(state);
        this.features = new CallFeatures(state);
        this.statistics = new SkillGroupStatistics(state);
        this.userMessages = new UserMessages(state);
        this.teams = new AgentTeams(state);
    }

    private void offerWaitingCall(Agent agent) {
        distribution.offerWaitingCall(agent);
    }

    // ---------------------------------------------------------------- start and traffic (for the engine)

    /** Logs the simulated agents in and makes them available, as at the start of a shift. */
    void startShift() {
        agentStates.startShift();
    }

    public TrafficProfile traffic() {
        return state.traffic();
    }

    void callsPerSecond(double rate) {
        state.traffic(state.traffic().withCallsPerSecond(rate));
    }

    void traffic(TrafficProfile newTraffic) {
        state.traffic(newTraffic);
    }

    /** A customer call for a skill group, with made-up but plausible data, as the traffic generator sends it. */
    void generatedCall() {
        customerCalls.generatedCall();
    }

    /** The events of the last operation, in order; clears the buffer. */
    List<AcdEvent> drainEvents() {
        return state.drainEvents();
    }

    /**
     * Numbers the calls that begin from now on from {@code firstCallId} (their router call keys too), as a CTI Server
     * back from a restart does: the day's call keys come from the router and are not reused.
     */
    public void numberCallsFrom(long firstCallId) {
        state.numberCallsFrom(firstCallId);
    }

    /** The id the switch began numbering its calls at: every call it began since has this id or a higher one. */
    public long firstCallId() {
        return state.firstCallId();
    }

    // ---------------------------------------------------------------- customer calls

    /** A customer call arrives for a skill group: BEGIN_CALL, then delivery or the queue. */
    public Outcome<Long> injectCall(int skillGroupNumber, String ani, String dnis, CallVariables variables,
                                    List<NamedVariable> ecc) {
        return customerCalls.injectCall(skillGroupNumber, ani, dnis, variables, ecc);
    }

    /**
     * A customer call for one logged-in agent, through one of its skill groups ({@code null}: its first): it rings at
     * the agent when it is available, else waits for that agent alone; no other agent ever takes it from the queue.
     */
    public Outcome<Long> injectCallForAgent(String agentId, Integer skillGroupNumber, String ani, String dnis,
                                            CallVariables variables, List<NamedVariable> ecc) {
        return customerCalls.injectCallForAgent(agentId, skillGroupNumber, ani, dnis, variables, ecc);
    }

    // ---------------------------------------------------------------- agent state

    public Outcome<AgentView> login(String agentId, String password, String instrument) {
        return agentStates.login(agentId, password, instrument);
    }

    public Outcome<AgentView> logout(String agentId, int reasonCode) {
        return agentStates.logout(agentId, reasonCode);
    }

    /**
     * Sets an agent's work state: AVAILABLE, NOT_READY, WORK_READY or WORK_NOT_READY. During a call the request is
     * kept and applied when the call ends, as Unified CCE does with "not ready pending".
     */
    public Outcome<AgentView> setAgentState(String agentId, AgentState target, int reasonCode) {
        return agentStates.setAgentState(agentId, target, reasonCode);
    }

    // ---------------------------------------------------------------- call control

    public Outcome<CallView> answer(long callId, String device) {
        return callControl.answer(callId, device);
    }

    public Outcome<CallView> hold(long callId, String device) {
        return callControl.hold(callId, device);
    }

    public Outcome<CallView> retrieve(long callId, String device) {
        return callControl.retrieve(callId, device);
    }

    /** Hangs one device up. When fewer than two parties remain, the whole call ends. */
    public Outcome<CallView> clearConnection(long callId, String device) {
        return callControl.clearConnection(callId, device);
    }

    /** Ends the whole call for everyone on it; the device must be on it. */
    public Outcome<CallView> clearCall(long callId, String device) {
        return callControl.clearCall(callId, device);
    }

    /** Holds the device's active call and retrieves its held call in one step. */
    public Outcome<CallView> alternate(long activeCallId, long heldCallId, String device) {
        return callControl.alternate(activeCallId, heldCallId, device);
    }

    /** Hangs the device up on its active call and retrieves its held call in one step. */
    public Outcome<CallView> reconnect(long activeCallId, long heldCallId, String device) {
        return callControl.reconnect(activeCallId, heldCallId, device);
    }

    /** Plays DTMF digits ({@code 0-9 * # A-D}, 1 to 31) on a call connected at the device. */
    public Outcome<CallView> sendDtmf(long callId, String device, String digits) {
        return features.sendDtmf(callId, device, digits);
    }

    public Outcome<CallView> startRecording(long callId, String device) {
        return features.startRecording(callId, device);
    }

    public Outcome<CallView> stopRecording(long callId, String device) {
        return features.stopRecording(callId, device);
    }

    /** A party reports the call as a bad line. */
    public Outcome<CallView> reportBadLine(long callId, String device) {
        return features.reportBadLine(callId, device);
    }

    public Outcome<CallView> setCallData(long callId, String ani, String callerEnteredDigits, CallVariables variables,
                                         List<NamedVariable> ecc, List<NamedArray> eccArrays, String wrapupData) {
        return callControl.setCallData(callId, ani, callerEnteredDigits, variables, ecc, eccArrays, wrapupData);
    }

    // ---------------------------------------------------------------- outgoing calls, consult, transfer, conference

    /** An agent dials a number: another agent's extension, a skill group's number, or an outside number. */
    public Outcome<CallView> makeCall(String device, String dialedNumber, CallVariables variables,
                                      List<NamedVariable> ecc) {
        return dialling.makeCall(device, dialedNumber, variables, ecc);
    }

    /** Puts the active call on hold and dials a consultation call from the same device. */
    public Outcome<CallView> consult(long activeCallId, String device, String dialedNumber, CallVariables variables,
                                     List<NamedVariable> ecc) {
        return dialling.consult(activeCallId, device, dialedNumber, variables, ecc);
    }

    /**
     * Completes a consultation transfer: the held (primary) call's other parties are joined with the parties of the
     * active (consultation) call, the transferring device leaves both, and the consultation call ends.
     */
    public Outcome<CallView> transfer(long activeCallId, long heldCallId, String device) {
        return transfers.transfer(activeCallId, heldCallId, device);
    }

    /** Single-step (blind) transfer: the device leaves and the call rings at the dialled destination. */
    public Outcome<CallView> singleStepTransfer(long callId, String device, String dialedNumber) {
        return transfers.singleStepTransfer(callId, device, dialedNumber);
    }

    /** A call ringing at the device rings at another number instead (a deflection, as a call forward does). */
    public Outcome<CallView> deflect(long callId, String device, String calledDevice) {
        return transfers.deflect(callId, device, calledDevice);
    }

    /** Completes a consultation conference: everyone on both calls joins the held (primary) call. */
    public Outcome<CallView> conference(long activeCallId, long heldCallId, String device) {
        return transfers.conference(activeCallId, heldCallId, device);
    }

    // ---------------------------------------------------------------- supervision

    public Outcome<CallView> supervise(String supervisorDevice, String agentId, Supervision action) {
        return switch (action) {
            case BARGE_IN, INTERCEPT -> supervisorActions.supervise(supervisorDevice, agentId,
                    action == Supervision.INTERCEPT);
            case MONITOR -> supervisorActions.monitor(supervisorDevice, agentId);
            case CLEAR -> supervisorActions.clear(supervisorDevice, agentId);
        };
    }

    /**
     * The agent at the device asks its team's supervisor for help (SUPERVISOR_ASSIST) or declares an emergency
     * (EMERGENCY_CALL) about a call ({@code callId}, or -1 for its current one); the outcome names the supervisor told.
     */
    public Outcome<Help> askForHelp(String agentDevice, long callId, boolean emergency) {
        return helpRequests.ask(agentDevice, callId, emergency);
    }

    // ---------------------------------------------------------------- user messages

    /** Distributes a text a CTI client sent to the recipients named; refused when they cannot be found. */
    public Outcome<UserMessageView> sendUserMessage(String senderClientId, MessageRecipients to, String text) {
        return userMessages.send(senderClientId, to, text);
    }

    // ---------------------------------------------------------------- agent teams

    /** Every agent team as configured now, with its members and supervisor. */
    public List<TeamView> teams() {
        return teams.teams();
    }

    /** One team as configured now; refused for a team the switch does not know. */
    public Outcome<TeamView> team(long teamId) {
        return teams.team(teamId);
    }

    /** The teams an agent supervises; refused for an agent who is not a supervisor. */
    public Outcome<List<TeamView>> teamsSupervisedBy(String supervisorId) {
        return teams.supervisedBy(supervisorId);
    }

    /** Moves an agent to another team (an administrator's change), announced as AGENT_TEAM_CONFIG_EVENTs. */
    public Outcome<TeamView> moveAgentToTeam(String agentId, long teamId) {
        return teams.move(agentId, teamId);
    }

    // ---------------------------------------------------------------- peripheral

    public void peripheralOnline(boolean online) {
        if (state.isPeripheralOnline() != online) {
            state.peripheralOnline(online);
            state.emit(new PeripheralStatusChanged(state.now(), online));
        }
    }

    public boolean isPeripheralOnline() {
        return state.isPeripheralOnline();
    }

    // ---------------------------------------------------------------- queries

    public List<AgentView> agents() {
        return state.agents().stream().map(Agent::view).toList();
    }

    public List<CallView> calls() {
        return state.calls().stream().map(Call::view).toList();
    }

    public long callsEnded() {
        return state.callsEnded();
    }

    public Optional<CallView> call(long callId) {
        return Optional.ofNullable(state.call(callId)).map(Call::view);
    }

    /** An agent found by its id, its extension or its instrument (the ways QUERY_AGENT_STATE may name it). */
    public Optional<AgentView> findAgent(String agentId, String extension, String instrument) {
        return state.findAgent(agentId, extension, instrument).map(Agent::view);
    }

    /** An agent's figures since login and today, found as {@link #findAgent} finds it. */
    public Optional<AgentStatisticsView> agentStatistics(String agentId, String extension, String instrument) {
        return state.findAgent(agentId, extension, instrument)
                .map(agent -> agent.tally().view(agent.view(), state.now()));
    }

    /** The calls at a device (an agent's extension or instrument), for SNAPSHOT_DEVICE. */
    public List<CallView> callsAt(String device) {
        // The agent is looked up once, not per call: a resynchronisation asks this for every agent's device.
        Optional<Agent> agent = state.agentAtDevice(device);
        return state.calls().stream().filter(c -> c.connectionOf(device).isPresent()
                        || agent.map(a -> c.connectionOf(a).isPresent()).orElse(false))
                .map(Call::view).toList();
    }

    public List<SkillGroupView> skillGroups() {
        return state.skillGroups().stream().map(statistics::of).toList();
    }

    public Optional<SkillGroupView> skillGroup(int number) {
        return Optional.ofNullable(state.skillGroup(number)).map(statistics::of);
    }

    public long peripheralId() {
        return state.scenario().peripheralId();
    }
}
