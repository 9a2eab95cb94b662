package org.ctios.simulator.acd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.AgentStateChanged;
import org.ctios.simulator.acd.AcdEvent.CallDelivered;
import org.ctios.simulator.acd.AcdEvent.CallQueued;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls for one agent (the admin interface's {@code POST /calls} with {@code agentId}): they ring at that agent or
 * wait for it, and the simulated agent 1011 of the same skill group, available since the shift began and so first in
 * line for any sales call, never takes them.
 */
class AgentTargetedCallTest {

    private static final Duration RING_NO_ANSWER = TestScenarios.QUIET.ringNoAnswerTimeout();

    private final VirtualTime time = new VirtualTime();
    private Acd acd;

    @BeforeEach
    void startShift() {
        acd = new Acd(TestScenarios.salesWithASimulatedAgent(), time, new Random(7), time);
        acd.startShift();
        acd.drainEvents();
    }

    private void login(String agentId) {
        assertThat(acd.login(agentId, agentId, null)).isInstanceOf(Outcome.Success.class);
    }

    private void ready(String agentId) {
        assertThat(acd.setAgentState(agentId, AgentState.AVAILABLE, 0)).isInstanceOf(Outcome.Success.class);
    }

    private Outcome<Long> callFor(String agentId, Integer skillGroup) {
        return acd.injectCallForAgent(agentId, skillGroup, "0612345678", "8005550100", CallVariables.of("acct-1"),
                List.of(new NamedVariable("user.tier", "gold")));
    }

    private long injectedFor(String agentId) {
        Outcome<Long> outcome = callFor(agentId, null);
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<Long>) outcome).value();
    }

    /** The devices the call rang at (CALL_DELIVERED) since the last look. */
    private List<String> deliveredAt(long callId) {
        return acd.drainEvents().stream().filter(e -> e instanceof CallDelivered d && d.call().callId() == callId)
                .map(e -> ((CallDelivered) e).alerting().deviceId()).toList();
    }

    private AgentView agent(String agentId) {
        return acd.findAgent(agentId, null, null).orElseThrow();
    }

    private static Outcome.Failure<?> refusal(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Failure.class);
        return (Outcome.Failure<?>) outcome;
    }

    @Test
    void aCallForAReadyAgentRingsThereThoughAnotherAgentWasReadyLonger() {
        login("1001");
        time.advance(Duration.ofSeconds(5));
        ready("1001");
        acd.drainEvents();

        long forAgent = injectedFor("1001");
        List<String> rangAt = deliveredAt(forAgent);
        long forGroup = ((Outcome.Success<Long>) acd.injectCall(1, "0611111111", "7001", null, null)).value();

        assertThat(rangAt).containsExactly("2001");
        assertThat(agent("1001").state()).isEqualTo(AgentState.RESERVED);
        assertThat(acd.call(forAgent).orElseThrow().queuedAt()).isNull();
        // why every injected call used to go to a simulated agent: the longest-available agent takes a group's call
        assertThat(deliveredAt(forGroup)).containsExactly("2011");
    }

    @Test
    void aCallForANotReadyAgentWaitsForItAloneThenRingsWhenItIsMadeReady() {
        login("1001");
        acd.drainEvents();

        long callId = injectedFor("1001");
        List<AcdEvent> arrival = acd.drainEvents();
        time.advance(Duration.ofSeconds(30));   // the simulated 1011 stays available all along, and is offered nothing
        List<String> whileWaiting = deliveredAt(callId);
        ready("1001");

        assertThat(arrival).filteredOn(e -> e instanceof CallQueued).hasSize(1);
        assertThat(whileWaiting).isEmpty();
        assertThat(agent("1011").state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(deliveredAt(callId)).containsExactly("2001");
        CallView delivered = acd.call(callId).orElseThrow();
        assertThat(Duration.between(delivered.queuedAt(), delivered.deliveredAt())).isEqualTo(Duration.ofSeconds(30));
        assertThat(delivered.callVariables().get(1)).isEqualTo("acct-1");
    }

    @Test
    void anAgentBackFromACallTakesTheGroupsCallsButNotOnesWaitingForAnotherAgent() {
        login("1001");
        long forAgent = injectedFor("1001");
        long forGroup = ((Outcome.Success<Long>) acd.injectCall(1, "0611111111", "7001", null, null)).value();
        acd.drainEvents();

        // 1011 answers the group's call, talks, wraps up and is available again: the call for 1001 still waits
        List<AcdEvent> meanwhile = new ArrayList<>();
        for (int second = 0; second < 600 && (acd.call(forGroup).isPresent()
                || agent("1011").state() != AgentState.AVAILABLE); second++) {
            time.advance(Duration.ofSeconds(1));
            meanwhile.addAll(acd.drainEvents());
        }

        assertThat(meanwhile).filteredOn(e -> e instanceof AcdEvent.CallEnded ended && ended.call().callId() == forGroup)
                .hasSize(1);
        assertThat(meanwhile).filteredOn(e -> e instanceof CallDelivered d && d.call().callId() == forAgent).isEmpty();
        assertThat(agent("1011").state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(acd.call(forAgent)).get().extracting(CallView::deliveredAt).isNull();
        ready("1001");
        assertThat(deliveredAt(forAgent)).containsExactly("2001");
    }

    /** Agent 1001 made ready, then a call for it, ringing there; the events so far drained. */
    private long ringingAt1001() {
        login("1001");
        ready("1001");
        long callId = injectedFor("1001");
        acd.drainEvents();
        return callId;
    }

    @Test
    void aCallLeftRingingWaitsForTheSameAgentAgainAsARonaDoes() {
        long callId = ringingAt1001();

        time.advance(RING_NO_ANSWER.plusSeconds(1));
        List<AcdEvent> afterRona = acd.drainEvents();
        time.advance(Duration.ofSeconds(30));
        List<String> whileNotReady = deliveredAt(callId);
        ready("1001");

        assertThat(afterRona).filteredOn(e -> e instanceof AgentStateChanged changed
                && changed.agent().agentId().equals("1001")).last()
                .satisfies(e -> assertThat(((AgentStateChanged) e).agent().reasonCode())
                        .isEqualTo(Acd.RING_NO_ANSWER_REASON));
        assertThat(afterRona).filteredOn(e -> e instanceof CallQueued).hasSize(1);
        assertThat(afterRona).filteredOn(e -> e instanceof CallDelivered).isEmpty();
        assertThat(whileNotReady).isEmpty();
        assertThat(deliveredAt(callId)).containsExactly("2001");
    }

    @Test
    void aCallForAnAgentTransferredToItsGroupIsAnyAgentsAgain() {
        long callId = ringingAt1001();
        assertThat(acd.answer(callId, "2001")).isInstanceOf(Outcome.Success.class);
        acd.drainEvents();

        assertThat(acd.singleStepTransfer(callId, "2001", "7001")).isInstanceOf(Outcome.Success.class);

        assertThat(deliveredAt(callId)).containsExactly("2011");
    }

    @Test
    void refusesALoggedOutAnUnknownAgentAndASkillGroupNotTheAgents() {
        Outcome.Failure<?> loggedOut = refusal(callFor("1001", null));
        Outcome.Failure<?> unknown = refusal(callFor("1999", null));
        login("1001");
        Outcome.Failure<?> otherGroup = refusal(callFor("1001", 2));
        Outcome.Failure<?> noGroup = refusal(callFor("1001", 9));

        assertThat(loggedOut.failure()).isEqualTo(AcdFailure.AGENT_NOT_LOGGED_IN);
        assertThat(loggedOut.detail()).isEqualTo("agent 1001 is not logged in");
        assertThat(unknown.failure()).isEqualTo(AcdFailure.UNKNOWN_AGENT);
        assertThat(unknown.detail()).isEqualTo("no agent 1999");
        assertThat(otherGroup.failure()).isEqualTo(AcdFailure.INVALID_DESTINATION);
        assertThat(otherGroup.detail()).isEqualTo("agent 1001 is not in skill group 2");
        assertThat(noGroup.failure()).isEqualTo(AcdFailure.UNKNOWN_SKILL_GROUP);
        assertThat(acd.calls()).isEmpty();
    }

    @Test
    void asManyCallsAsMayWaitForOneAgentAndNoMore() {
        login("1001");
        for (int i = 0; i < CustomerCalls.MAX_QUEUED_FOR_AN_AGENT; i++) {
            injectedFor("1001");
        }

        Outcome.Failure<?> full = refusal(callFor("1001", 1));
        login("1002");

        assertThat(full.failure()).isEqualTo(AcdFailure.QUEUE_FULL);
        assertThat(full.detail()).contains("at most " + CustomerCalls.MAX_QUEUED_FOR_AN_AGENT);
        assertThat(acd.calls()).hasSize(CustomerCalls.MAX_QUEUED_FOR_AN_AGENT);
        assertThat(callFor("1002", null)).isInstanceOf(Outcome.Success.class);
    }
}
