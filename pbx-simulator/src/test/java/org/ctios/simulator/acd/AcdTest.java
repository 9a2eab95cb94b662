package org.ctios.simulator.acd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.AgentStateChanged;
import org.ctios.simulator.acd.AcdEvent.CallEvent;
import org.ctios.simulator.scenario.AgentMode;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The switch's behaviour on simulated time: routing, call control, agent states and the events they produce. */
class AcdTest {

    private final VirtualTime time = new VirtualTime();
    private final List<AcdEvent> events = new ArrayList<>();
    private Acd acd;

    @BeforeEach
    void startShift() {
        acd = new Acd(TestScenarios.small(), time, new Random(7), time);
        acd.startShift();
        events.clear();
        acd.drainEvents();
    }

    /** The events since the last call, one line each. */
    private List<String> events() {
        events.addAll(acd.drainEvents());
        List<String> lines = events.stream().map(AcdTest::describe).toList();
        events.clear();
        return lines;
    }

    private void advance(Duration duration) {
        time.advance(duration);
    }

    private static String describe(AcdEvent event) {
        if (event instanceof AgentStateChanged changed) {
            return "agent " + changed.agent().agentId() + " " + changed.agent().state()
                    + (changed.agent().reasonCode() == 0 ? "" : " " + changed.agent().reasonCode());
        }
        if (!(event instanceof CallEvent call)) {
            return event.getClass().getSimpleName();
        }
        String name = event.getClass().getSimpleName();
        String device = "";
        if (event instanceof AcdEvent.CallDelivered e) {
            device = " at " + e.alerting().deviceId();
        } else if (event instanceof AcdEvent.CallEstablished e) {
            device = " at " + e.answering().deviceId();
        } else if (event instanceof AcdEvent.CallHeld e) {
            device = " at " + e.holding().deviceId();
        } else if (event instanceof AcdEvent.CallRetrieved e) {
            device = " at " + e.retrieving().deviceId();
        } else if (event instanceof AcdEvent.ConnectionCleared e) {
            device = " at " + e.released().deviceId() + " " + e.cause();
        } else if (event instanceof AcdEvent.CallOriginated e) {
            device = " at " + e.originating().deviceId();
        } else if (event instanceof AcdEvent.CallCleared e) {
            device = " " + e.cause();
        } else if (event instanceof AcdEvent.CallTransferred e) {
            device = " from " + e.transferringDevice() + " to " + e.transferredDevice();
        } else if (event instanceof AcdEvent.CallDiverted e) {
            device = " from " + e.diverting().deviceId() + " to " + e.calledDevice();
        } else if (event instanceof AcdEvent.CallConferenced e) {
            device = " adding " + e.addedPartyDevice() + " " + e.cause();
        }
        return name + " " + call.call().callId() + device;
    }

    private void ready(String agentId) {
        assertThat(acd.login(agentId, agentId, null)).isInstanceOf(Outcome.Success.class);
        assertThat(acd.setAgentState(agentId, AgentState.AVAILABLE, 0)).isInstanceOf(Outcome.Success.class);
    }

    private long inject(int group) {
        return ((Outcome.Success<Long>) acd.injectCall(group, "0612345678", "8005550100",
                CallVariables.of("account-1"), List.of(new NamedVariable("user.tier", "gold")))).value();
    }

    private static AcdFailure failure(Outcome<?> outcome) {
        return ((Outcome.Failure<?>) outcome).failure();
    }

    @Test
    void aSwitchBackFromARestartNumbersItsCallsOnWithoutReusingCallKeys() {
        long before = inject(2);

        acd.numberCallsFrom(500_001);
        long after = inject(2);

        assertThat(acd.firstCallId()).isEqualTo(500_001);
        assertThat(before).isLessThan(500_001);
        assertThat(after).isEqualTo(500_001);
        assertThat(acd.call(after).orElseThrow().routerCallKeyCallId())
                .isGreaterThan(acd.call(before).orElseThrow().routerCallKeyCallId());
        assertThatThrownBy(() -> acd.numberCallsFrom(500_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatedAgentsStartTheShiftAvailable() {
        assertThat(acd.findAgent("1010", null, null)).get().extracting(AgentView::state)
                .isEqualTo(AgentState.AVAILABLE);
        assertThat(acd.findAgent("1001", null, null)).get().extracting(AgentView::state)
                .isEqualTo(AgentState.LOGOUT);
    }

    @Test
    void aCallToAControlledAgentFollowsTheRealEventOrder() {
        ready("1001");
        events();

        long call = inject(1);
        assertThat(events()).containsExactly("CallBegun " + call, "agent 1001 RESERVED",
                "CallDelivered " + call + " at 2001");

        acd.answer(call, "2001");
        assertThat(events()).containsExactly("CallEstablished " + call + " at 2001", "agent 1001 TALKING");

        acd.hold(call, "2001");
        acd.retrieve(call, "2001");
        assertThat(events()).containsExactly("CallHeld " + call + " at 2001", "agent 1001 HOLD",
                "CallRetrieved " + call + " at 2001", "agent 1001 TALKING");

        acd.clearConnection(call, "2001");
        assertThat(events()).containsExactly("ConnectionCleared " + call + " at 2001 NORMAL",
                "agent 1001 WORK_READY", "CallCleared " + call + " NORMAL", "CallEnded " + call);
        assertThat(acd.calls()).isEmpty();
    }

    @Test
    void simulatedAgentsAnswerTalkAndWrapUpByThemselves() {
        long call = inject(2);
        assertThat(events()).containsExactly("CallBegun " + call, "agent 1010 RESERVED",
                "CallDelivered " + call + " at 2010");

        advance(Duration.ofSeconds(2));
        assertThat(events()).containsExactly("CallEstablished " + call + " at 2010", "agent 1010 TALKING");

        advance(Duration.ofHours(1));
        List<String> rest = events();
        assertThat(rest).contains("ConnectionCleared " + call + " at 2010 NORMAL", "agent 1010 WORK_READY",
                "CallEnded " + call);
        assertThat(rest.get(rest.size() - 1)).isEqualTo("agent 1010 AVAILABLE");
        assertThat(acd.skillGroup(2)).get().extracting(SkillGroupView::callsHandled).isEqualTo(1L);
    }

    @Test
    void anAgentSimulatedAfterLoginWaitsForItsDesktopThenHandlesCallsByItself() {
        Scenario scenario = new Scenario("desktops", 5000, List.of(new SkillGroupProfile(1, 101, "Sales", "7001")),
                List.of(), List.of(new AgentProfile("1001", "2001", null, "1001", List.of(1), null, false,
                        AgentMode.SIMULATED_AFTER_LOGIN)), TestScenarios.QUIET);
        acd = new Acd(scenario, time, new Random(7), time);
        acd.startShift();
        assertThat(events()).as("the shift starts without it").isEmpty();
        assertThat(acd.findAgent("1001", null, null)).get().extracting(AgentView::state)
                .isEqualTo(AgentState.LOGOUT);
        long queued = inject(1);
        advance(Duration.ofSeconds(1));
        assertThat(acd.call(queued)).as("no agent logged in: the call waits").get()
                .extracting(CallView::answeredAt).isNull();
        events();

        ready("1001");
        assertThat(events()).containsExactly("agent 1001 NOT_READY", "agent 1001 AVAILABLE", "agent 1001 RESERVED",
                "CallDelivered " + queued + " at 2001");
        advance(Duration.ofSeconds(2));
        assertThat(events()).containsExactly("CallEstablished " + queued + " at 2001", "agent 1001 TALKING");
        advance(Duration.ofHours(1));
        List<String> rest = events();
        assertThat(rest).contains("ConnectionCleared " + queued + " at 2001 NORMAL", "agent 1001 WORK_READY",
                "CallEnded " + queued);
        assertThat(rest.get(rest.size() - 1)).isEqualTo("agent 1001 AVAILABLE");

        long next = inject(1);
        advance(Duration.ofHours(1));
        assertThat(events()).contains("CallEstablished " + next + " at 2001", "CallEnded " + next)
                .last().isEqualTo("agent 1001 AVAILABLE");
    }

    @Test
    void callsQueueWhenNobodyIsAvailableAndGoToTheLongestAvailableAgent() {
        long first = inject(1);
        long second = inject(1);
        assertThat(events()).containsExactly("CallBegun " + first, "CallQueued " + first, "CallBegun " + second,
                "CallQueued " + second);
        assertThat(acd.skillGroup(1)).get().extracting(SkillGroupView::callsQueued).isEqualTo(2);

        ready("1002");
        assertThat(events()).containsSubsequence("agent 1002 AVAILABLE", "agent 1002 RESERVED",
                "CallDelivered " + first + " at 2002");

        ready("1003");
        advance(Duration.ofSeconds(1));
        ready("1001");
        assertThat(events()).containsSubsequence("agent 1003 RESERVED", "CallDelivered " + second + " at 2003");

        long third = inject(1);
        assertThat(events()).containsExactly("CallBegun " + third, "agent 1001 RESERVED",
                "CallDelivered " + third + " at 2001");
    }

    @Test
    void aQueuedCallerHangsUpAfterWaiting() {
        long call = inject(1);
        events();

        advance(Duration.ofHours(2));

        assertThat(events()).containsExactly("CallCleared " + call + " ABANDONED_IN_QUEUE", "CallEnded " + call);
        assertThat(acd.skillGroup(1)).get().extracting(SkillGroupView::callsAbandoned).isEqualTo(1L);
    }

    @Test
    void aCallNotAnsweredGoesBackToTheQueueAndTheAgentBecomesNotReady() {
        ready("1001");
        long call = inject(1);
        events();

        advance(Duration.ofSeconds(15));

        assertThat(events()).containsExactly("ConnectionCleared " + call + " at 2001 NOT_ANSWERED",
                "agent 1001 NOT_READY " + Acd.RING_NO_ANSWER_REASON, "CallQueued " + call);
    }

    @Test
    void requestsThatDoNotFitTheStateAreRefused() {
        ready("1001");
        long call = inject(1);

        assertThat(failure(acd.hold(call, "2001"))).isEqualTo(AcdFailure.NO_ACTIVE_CALL);
        assertThat(failure(acd.retrieve(call, "2001"))).isEqualTo(AcdFailure.NO_HELD_CALL);
        assertThat(failure(acd.answer(call, "2002"))).isEqualTo(AcdFailure.NOT_A_PARTY);
        assertThat(failure(acd.answer(999, "2001"))).isEqualTo(AcdFailure.UNKNOWN_CALL);
        acd.answer(call, "2001");
        assertThat(failure(acd.answer(call, "2001"))).isEqualTo(AcdFailure.NO_CALL_TO_ANSWER);
        assertThat(failure(acd.setAgentState("1002", AgentState.AVAILABLE, 0)))
                .isEqualTo(AcdFailure.AGENT_NOT_LOGGED_IN);
        assertThat(failure(acd.login("1001", "1001", null))).isEqualTo(AcdFailure.AGENT_ALREADY_LOGGED_IN);
        assertThat(failure(acd.login("1002", "wrong", null))).isEqualTo(AcdFailure.WRONG_PASSWORD);
        assertThat(failure(acd.login("4711", "", null))).isEqualTo(AcdFailure.UNKNOWN_AGENT);
        assertThat(failure(acd.logout("1001", 0))).isEqualTo(AcdFailure.INVALID_STATE);
        assertThat(failure(acd.makeCall("2001", "0612345678", null, null))).isEqualTo(AcdFailure.INVALID_STATE);
    }

    @Test
    void notReadyDuringACallIsTakenWhenTheCallEnds() {
        ready("1001");
        long call = inject(1);
        acd.answer(call, "2001");
        acd.setAgentState("1001", AgentState.NOT_READY, 5);
        events();

        acd.clearConnection(call, "2001");

        assertThat(events()).contains("agent 1001 WORK_NOT_READY 5");
        acd.setAgentState("1001", AgentState.NOT_READY, 5);
        assertThat(events()).containsExactly("agent 1001 NOT_READY 5");
        assertThat(acd.logout("1001", 7)).isInstanceOf(Outcome.Success.class);
        assertThat(events()).containsExactly("agent 1001 LOGOUT 7");
    }

    @Test
    void notReadyAskedForDuringACallIsAnnouncedAsTheNextStateWithItsReason() {
        ready("1001");
        long call = inject(1);
        acd.answer(call, "2001");
        acd.drainEvents();

        acd.setAgentState("1001", AgentState.NOT_READY, 5);

        List<AcdEvent> pending = acd.drainEvents();
        assertThat(pending).hasSize(1);
        AgentView talking = ((AgentStateChanged) pending.get(0)).agent();
        assertThat(talking.state()).isEqualTo(AgentState.TALKING);
        assertThat(talking.reasonCode()).isZero();
        assertThat(talking.pendingState()).isEqualTo(AgentState.NOT_READY);
        assertThat(talking.pendingReasonCode()).isEqualTo(5);

        acd.clearConnection(call, "2001");

        AgentView after = acd.drainEvents().stream().filter(AgentStateChanged.class::isInstance)
                .map(e -> ((AgentStateChanged) e).agent()).reduce((first, second) -> second).orElseThrow();
        assertThat(after.state()).isEqualTo(AgentState.WORK_NOT_READY);
        assertThat(after.pendingState()).isNull();
    }

    @Test
    void consultationThenTransferLeavesTheCustomerWithTheSecondAgent() {
        ready("1001");
        acd.login("1002", "1002", null);
        long customer = inject(1);
        acd.answer(customer, "2001");
        events();

        Outcome<CallView> consult = acd.consult(customer, "2001", "2002", null, null);
        long consultation = ((Outcome.Success<CallView>) consult).value().callId();
        assertThat(events()).as("the consulting agent talks on, now to its colleague")
                .containsExactly("CallHeld " + customer + " at 2001", "CallBegun " + consultation,
                        "CallOriginated " + consultation + " at 2001", "agent 1002 RESERVED",
                        "CallDelivered " + consultation + " at 2002");

        acd.answer(consultation, "2002");
        events();
        acd.transfer(consultation, customer, "2001");

        assertThat(events()).containsExactly("CallTransferred " + customer + " from 2001 to 2002",
                "ConnectionCleared " + customer + " at 2001 TRANSFER", "agent 1001 WORK_READY",
                "CallCleared " + consultation + " TRANSFER", "CallEnded " + consultation);
        CallView after = acd.call(customer).orElseThrow();
        assertThat(after.connections()).extracting(ConnectionView::deviceId)
                .containsExactlyInAnyOrder("0612345678", "2002");
        assertThat(after.callVariables().get(1)).isEqualTo("account-1");
    }

    @Test
    void consultationThenConferenceJoinsAllThree() {
        ready("1001");
        acd.login("1002", "1002", null);
        long customer = inject(1);
        acd.answer(customer, "2001");
        long consultation = ((Outcome.Success<CallView>) acd.consult(customer, "2001", "2002", null, null))
                .value().callId();
        acd.answer(consultation, "2002");
        events();

        acd.conference(consultation, customer, "2001");

        assertThat(events()).containsExactly("CallConferenced " + customer + " adding 2002 CONFERENCE",
                "CallCleared " + consultation + " CONFERENCE", "CallEnded " + consultation);
        assertThat(acd.call(customer).orElseThrow().connections())
                .allSatisfy(c -> assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED))
                .extracting(ConnectionView::deviceId).containsExactlyInAnyOrder("0612345678", "2001", "2002");

        acd.clearConnection(customer, "2001");
        assertThat(acd.call(customer)).as("the customer and the second agent talk on").isPresent();
    }

    @Test
    void singleStepTransferToAQueue() {
        ready("1001");
        long customer = inject(1);
        acd.answer(customer, "2001");
        events();

        acd.singleStepTransfer(customer, "2001", "7002");

        assertThat(events()).containsExactly("CallTransferred " + customer + " from 2001 to 7002",
                "ConnectionCleared " + customer + " at 2001 TRANSFER", "agent 1001 WORK_READY",
                "agent 1010 RESERVED", "CallDelivered " + customer + " at 2010");
    }

    /** A Sales call 1001 answered, with its team's supervisor 1009 logged in; the events so far taken. */
    private long answeredBy1001With1009LoggedIn() {
        ready("1001");
        acd.login("1009", "1009", null);
        long customer = inject(1);
        acd.answer(customer, "2001");
        events();
        return customer;
    }

    @Test
    void aSupervisorBargesInThenInterceptsTheCall() {
        long customer = answeredBy1001With1009LoggedIn();

        acd.supervise("2009", "1001", Acd.Supervision.BARGE_IN);
        assertThat(events()).containsExactly("CallConferenced " + customer + " adding 2009 SUPERVISOR_BARGE_IN",
                "agent 1009 TALKING");

        acd.supervise("2009", "1001", Acd.Supervision.INTERCEPT);
        assertThat(events()).containsExactly("ConnectionCleared " + customer + " at 2001 SUPERVISOR_INTERCEPT",
                "agent 1001 WORK_READY");
        assertThat(failure(acd.supervise("2999", "1001", Acd.Supervision.BARGE_IN)))
                .isEqualTo(AcdFailure.UNKNOWN_AGENT);
    }

    @Test
    void aSilentMonitorSendsNoEventAndEndsOnClearOrWithTheCall() {
        long customer = answeredBy1001With1009LoggedIn();

        acd.supervise("2009", "1001", Acd.Supervision.MONITOR);
        assertThat(events()).as("the parties hear nothing, the supervisor stays as it was").isEmpty();
        assertThat(acd.call(customer).orElseThrow().monitoringSupervisorId()).isEqualTo("1009");
        assertThat(acd.call(customer).orElseThrow().connections()).extracting(ConnectionView::deviceId)
                .doesNotContain("2009");

        acd.supervise("2009", "1001", Acd.Supervision.CLEAR);
        assertThat(events()).isEmpty();
        assertThat(acd.call(customer).orElseThrow().monitoringSupervisorId()).isNull();
        assertThat(failure(acd.supervise("2009", "1001", Acd.Supervision.CLEAR)))
                .as("nothing left to clear").isEqualTo(AcdFailure.INVALID_STATE);

        acd.supervise("2009", "1001", Acd.Supervision.MONITOR);
        acd.clearConnection(customer, "2001");
        assertThat(acd.call(customer)).as("the call ended, and its monitor with it").isEmpty();
        assertThat(failure(acd.supervise("2009", "1001", Acd.Supervision.CLEAR))).isEqualTo(AcdFailure.INVALID_STATE);
    }

    @Test
    void clearEndsABargeIn() {
        long customer = answeredBy1001With1009LoggedIn();
        acd.supervise("2009", "1001", Acd.Supervision.BARGE_IN);
        events();

        acd.supervise("2009", "1001", Acd.Supervision.CLEAR);
        assertThat(events()).startsWith("ConnectionCleared " + customer + " at 2009 SUPERVISOR_CLEAR");
        assertThat(acd.call(customer).orElseThrow().connections()).extracting(ConnectionView::deviceId)
                .contains("2001").doesNotContain("2009");
    }

    @Test
    void anAssistTellsTheTeamsSupervisorAndAnEmergencyIsToldEvenWithoutOne() {
        ready("1001");
        long customer = inject(1);
        acd.answer(customer, "2001");
        events();

        assertThat(failure(acd.askForHelp("2001", -1, false))).isEqualTo(AcdFailure.NO_SUPERVISOR);
        assertThat(events()).as("an assist nobody can take is told to nobody").isEmpty();
        assertThat(failure(acd.askForHelp("2001", -1, true))).isEqualTo(AcdFailure.NO_SUPERVISOR);
        assertThat(events()).containsExactly("HelpRequested");

        acd.login("1009", "1009", null);
        events();
        Help help = ((Outcome.Success<Help>) acd.askForHelp("2001", -1, false)).value();
        assertThat(help).isEqualTo(new Help("1001", "2001", customer, "1009", false));
        assertThat(events()).containsExactly("HelpRequested");
        assertThat(failure(acd.askForHelp("2001", customer + 99, true))).isEqualTo(AcdFailure.NOT_A_PARTY);
    }

    @Test
    void onlyTheTeamSupervisorSupervises() {
        ready("1001");
        ready("1002");
        long customer = inject(1);
        acd.answer(customer, "2001");

        assertThat(failure(acd.supervise("2002", "1001", Acd.Supervision.BARGE_IN)))
                .isEqualTo(AcdFailure.NOT_A_SUPERVISOR);
    }

    @Test
    void anAgentDialsOutAndTheFarEndAnswers() {
        acd.login("1001", "1001", null);
        events();

        long call = ((Outcome.Success<CallView>) acd.makeCall("2001", "0612345678", null, null)).value().callId();
        advance(Duration.ofSeconds(2));

        assertThat(events()).containsExactly("CallBegun " + call, "CallOriginated " + call + " at 2001",
                "agent 1001 TALKING", "CallDelivered " + call + " at 0612345678",
                "CallEstablished " + call + " at 0612345678");
        acd.clearConnection(call, "2001");
        assertThat(events()).containsExactly("ConnectionCleared " + call + " at 2001 NORMAL", "agent 1001 NOT_READY",
                "CallCleared " + call + " NORMAL", "CallEnded " + call);
        assertThat(failure(acd.makeCall("2001", "not a number", null, null)))
                .isEqualTo(AcdFailure.INVALID_DESTINATION);
    }

    @Test
    void callDataChangesAreAnnounced() {
        ready("1001");
        long call = inject(1);
        events();

        acd.setCallData(call, null, null, CallVariables.of(null, "case-99"),
                List.of(new NamedVariable("user.tier", "platinum")), List.of(), "sale");

        assertThat(events()).containsExactly("CallDataUpdated " + call);
        CallView view = acd.call(call).orElseThrow();
        assertThat(view.callVariables().get(1)).isEqualTo("account-1");
        assertThat(view.callVariables().get(2)).isEqualTo("case-99");
        assertThat(view.namedVariables()).containsExactly(new NamedVariable("user.tier", "platinum"));
        assertThat(view.callWrapupData()).isEqualTo("sale");
    }

    /** A customer call connected at 2001, held there for a consultation call to 2002: {customer, consultation}. */
    private long[] consultation(boolean answered) {
        ready("1001");
        acd.login("1002", "1002", null);
        long customer = inject(1);
        acd.answer(customer, "2001");
        long consultation = ((Outcome.Success<CallView>) acd.consult(customer, "2001", "2002", null, null))
                .value().callId();
        if (answered) {
            acd.answer(consultation, "2002");
        }
        events();
        return new long[] {customer, consultation};
    }

    private ConnectionState stateAt(long callId, String device) {
        return acd.call(callId).orElseThrow().connectionOf(device).orElseThrow().state();
    }

    @Test
    void alternateHoldsTheActiveCallAndRetrievesTheHeldOneInOneStep() {
        long[] calls = consultation(true);
        long customer = calls[0];
        long consultation = calls[1];

        assertThat(acd.alternate(consultation, customer, "2001")).isInstanceOf(Outcome.Success.class);
        assertThat(events()).as("the agent talks throughout: no agent state between")
                .containsExactly("CallHeld " + consultation + " at 2001", "CallRetrieved " + customer + " at 2001");
        assertThat(stateAt(customer, "2001")).isEqualTo(ConnectionState.CONNECTED);
        assertThat(stateAt(consultation, "2001")).isEqualTo(ConnectionState.HELD);

        acd.alternate(customer, consultation, "2001");
        assertThat(events()).containsExactly("CallHeld " + customer + " at 2001",
                "CallRetrieved " + consultation + " at 2001");

        assertThat(failure(acd.alternate(customer, consultation, "2001"))).as("the customer is the held call now")
                .isEqualTo(AcdFailure.NO_ACTIVE_CALL);
        assertThat(failure(acd.alternate(consultation, consultation, "2001"))).isEqualTo(AcdFailure.NO_HELD_CALL);
        assertThat(failure(acd.alternate(consultation, customer, "2003"))).isEqualTo(AcdFailure.NOT_A_PARTY);
        assertThat(failure(acd.alternate(consultation, 999, "2001"))).isEqualTo(AcdFailure.UNKNOWN_CALL);
        assertThat(events()).as("refusals change nothing").isEmpty();
    }

    @Test
    void alternateNeedsAHeldCall() {
        ready("1001");
        ready("1002");
        long first = inject(1);
        long second = inject(1);
        acd.answer(first, "2001");

        assertThat(failure(acd.alternate(first, second, "2001"))).as("the second call rings elsewhere")
                .isEqualTo(AcdFailure.NOT_A_PARTY);
        assertThat(failure(acd.alternate(first, first, "2001"))).isEqualTo(AcdFailure.NO_HELD_CALL);
    }

    @Test
    void reconnectClearsTheActiveCallAndRetrievesTheHeldOne() {
        long[] calls = consultation(false);
        long customer = calls[0];
        long consultation = calls[1];

        assertThat(acd.reconnect(consultation, customer, "2001")).isInstanceOf(Outcome.Success.class);

        assertThat(events()).containsExactly("ConnectionCleared " + consultation + " at 2001 NORMAL",
                "ConnectionCleared " + consultation + " at 2002 NORMAL", "agent 1002 NOT_READY",
                "CallCleared " + consultation + " NORMAL", "CallEnded " + consultation,
                "CallRetrieved " + customer + " at 2001");
        assertThat(acd.call(consultation)).isEmpty();
        assertThat(stateAt(customer, "2001")).isEqualTo(ConnectionState.CONNECTED);
        assertThat(acd.findAgent("1001", null, null)).get().extracting(AgentView::state)
                .isEqualTo(AgentState.TALKING);
        assertThat(failure(acd.reconnect(customer, consultation, "2001"))).isEqualTo(AcdFailure.UNKNOWN_CALL);
        assertThat(failure(acd.reconnect(customer, customer, "2001"))).isEqualTo(AcdFailure.NO_HELD_CALL);
    }

    @Test
    void reconnectAfterTheConsultedAgentAnsweredEndsTheConsultationForBoth() {
        long[] calls = consultation(true);
        long customer = calls[0];
        long consultation = calls[1];
        assertThat(failure(acd.reconnect(customer, consultation, "2001"))).as("the customer call is the held one")
                .isEqualTo(AcdFailure.NO_ACTIVE_CALL);

        acd.reconnect(consultation, customer, "2001");

        assertThat(events()).containsExactly("ConnectionCleared " + consultation + " at 2001 NORMAL",
                "ConnectionCleared " + consultation + " at 2002 NORMAL", "agent 1002 NOT_READY",
                "CallCleared " + consultation + " NORMAL", "CallEnded " + consultation,
                "CallRetrieved " + customer + " at 2001");
    }

    @Test
    void clearCallEndsTheCallForEveryParty() {
        ready("1001");
        acd.login("1002", "1002", null);
        long customer = inject(1);
        acd.answer(customer, "2001");
        long consultation = ((Outcome.Success<CallView>) acd.consult(customer, "2001", "2002", null, null))
                .value().callId();
        acd.answer(consultation, "2002");
        acd.conference(consultation, customer, "2001");
        events();

        assertThat(failure(acd.clearCall(customer, "2003"))).isEqualTo(AcdFailure.NOT_A_PARTY);
        assertThat(failure(acd.clearCall(999, "2001"))).isEqualTo(AcdFailure.UNKNOWN_CALL);
        assertThat(acd.clearCall(customer, "2002")).isInstanceOf(Outcome.Success.class);

        assertThat(events()).containsExactly("ConnectionCleared " + customer + " at 2001 NORMAL",
                "agent 1001 WORK_READY", "ConnectionCleared " + customer + " at 2002 NORMAL",
                "agent 1002 WORK_READY", "CallCleared " + customer + " NORMAL", "CallEnded " + customer);
        assertThat(acd.calls()).isEmpty();
    }

    @Test
    void aRingingCallIsDeflectedToAnotherAgent() {
        ready("1001");
        ready("1002");
        long call = inject(1);
        events();

        assertThat(acd.deflect(call, "2001", "2002")).isInstanceOf(Outcome.Success.class);

        assertThat(events()).containsExactly("CallDiverted " + call + " from 2001 to 2002", "agent 1002 RESERVED",
                "CallDelivered " + call + " at 2002", "agent 1001 AVAILABLE");
        assertThat(acd.call(call).orElseThrow().connections()).extracting(ConnectionView::deviceId)
                .containsExactlyInAnyOrder("0612345678", "2002");
        assertThat(acd.answer(call, "2002")).isInstanceOf(Outcome.Success.class);
        assertThat(failure(acd.deflect(call, "2002", "2001"))).as("answered: no longer ringing")
                .isEqualTo(AcdFailure.INVALID_STATE);
        assertThat(failure(acd.deflect(call, "2001", "2003"))).isEqualTo(AcdFailure.NOT_A_PARTY);
    }

    @Test
    void aDeflectedCallRingsAtAnOutsideNumberOrAQueueAndBadDestinationsAreRefused() {
        ready("1001");
        long call = inject(1);
        assertThat(failure(acd.deflect(call, "2001", "not a number"))).isEqualTo(AcdFailure.INVALID_DESTINATION);
        assertThat(failure(acd.deflect(call, "2001", "2001"))).isEqualTo(AcdFailure.INVALID_DESTINATION);
        assertThat(failure(acd.deflect(call, "2001", "2002"))).as("agent 1002 is logged out")
                .isEqualTo(AcdFailure.INVALID_DESTINATION);
        events();

        acd.deflect(call, "2001", "0687654321");
        advance(Duration.ofSeconds(2));
        assertThat(events()).containsExactly("CallDiverted " + call + " from 2001 to 0687654321",
                "CallDelivered " + call + " at 0687654321", "agent 1001 AVAILABLE",
                "CallEstablished " + call + " at 0687654321");

        long queued = inject(2);
        events();
        acd.deflect(queued, "2010", "7001");
        assertThat(events()).as("agent 1001 is the longest available of the sales group").containsExactly(
                "CallDiverted " + queued + " from 2010 to 7001", "agent 1001 RESERVED",
                "CallDelivered " + queued + " at 2001", "agent 1010 AVAILABLE");
    }

    @Test
    void dtmfDigitsRecordingAndBadLinesOnAConnectedCall() {
        ready("1001");
        long call = inject(1);
        assertThat(failure(acd.sendDtmf(call, "2001", "1"))).as("still ringing").isEqualTo(AcdFailure.NO_ACTIVE_CALL);
        assertThat(failure(acd.startRecording(call, "2001"))).isEqualTo(AcdFailure.NO_ACTIVE_CALL);
        acd.answer(call, "2001");
        events();

        acd.sendDtmf(call, "2001", "0123456789");
        acd.sendDtmf(call, "2001", "*#ABCD");
        assertThat(failure(acd.sendDtmf(call, "2001", "12E"))).isEqualTo(AcdFailure.INVALID_DIGITS);
        assertThat(failure(acd.sendDtmf(call, "2001", ""))).isEqualTo(AcdFailure.INVALID_DIGITS);
        assertThat(failure(acd.sendDtmf(call, "2001", "1".repeat(32)))).isEqualTo(AcdFailure.INVALID_DIGITS);
        assertThat(acd.sendDtmf(call, "2001", "9".repeat(31))).isInstanceOf(Outcome.Success.class);
        assertThat(failure(acd.sendDtmf(call, "2002", "1"))).isEqualTo(AcdFailure.NOT_A_PARTY);
        assertThat(acd.call(call).orElseThrow().dtmfDigits()).isEqualTo("0123456789*#ABCD" + "9".repeat(31));

        assertThat(acd.startRecording(call, "2001")).isInstanceOf(Outcome.Success.class);
        assertThat(acd.call(call).orElseThrow().recorded()).isTrue();
        assertThat(failure(acd.startRecording(call, "2001"))).isEqualTo(AcdFailure.INVALID_STATE);
        assertThat(acd.stopRecording(call, "2001")).isInstanceOf(Outcome.Success.class);
        assertThat(acd.call(call).orElseThrow().recorded()).isFalse();
        assertThat(failure(acd.stopRecording(call, "2001"))).isEqualTo(AcdFailure.INVALID_STATE);
        acd.hold(call, "2001");
        assertThat(failure(acd.stopRecording(call, "2001"))).as("held").isEqualTo(AcdFailure.NO_ACTIVE_CALL);

        assertThat(acd.reportBadLine(call, "2001")).as("held, still a party").isInstanceOf(Outcome.Success.class);
        assertThat(failure(acd.reportBadLine(call, "2002"))).isEqualTo(AcdFailure.NOT_A_PARTY);
        assertThat(failure(acd.reportBadLine(999, "2001"))).isEqualTo(AcdFailure.UNKNOWN_CALL);
        assertThat(events()).as("none of these is an event").containsExactly("CallHeld " + call + " at 2001",
                "agent 1001 HOLD");
    }

    @Test
    void anOfflinePeripheralRefusesRequestsAndCalls() {
        acd.peripheralOnline(false);

        assertThat(events()).containsExactly("PeripheralStatusChanged");
        assertThat(failure(acd.login("1001", "1001", null))).isEqualTo(AcdFailure.PERIPHERAL_OFFLINE);
        assertThat(failure(acd.injectCall(1, "1", "2", null, null))).isEqualTo(AcdFailure.PERIPHERAL_OFFLINE);
    }
}
