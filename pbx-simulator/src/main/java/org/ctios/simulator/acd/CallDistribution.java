package org.ctios.simulator.acd;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.AcdEvent.CallDelivered;
import org.ctios.simulator.acd.AcdEvent.CallQueued;

/**
 * Distributing calls to agents, the ACD's own job: a call for a skill group rings at its longest-available agent
 * ({@link Router}) or waits in the group's queue, where the caller may hang up; a call left ringing at a controlled
 * agent goes back to the head of its queue (RONA); an agent who becomes available takes the call that has waited
 * longest.
 */
final class CallDistribution {

    private final SwitchState state;
    private final AgentStates agentStates;
    private final CallControl callControl;
    private final Router router;

    CallDistribution(SwitchState state, AgentStates agentStates, CallControl callControl) {
        this.state = state;
        this.agentStates = agentStates;
        this.callControl = callControl;
        this.router = new Router(state.agents());
    }

    /** A call for a skill group rings at an agent of the group, or waits in its queue. */
    void route(Call call, SkillGroup group, String callingDevice) {
        call.targetAgent(null);   // routed to a group (a transfer, a deflection): any of its agents may take it
        offer(call, group, callingDevice);
    }

    /**
     * A call for one agent of its skill group: it rings there if the agent is available, else waits in the group's
     * queue for that agent alone (a RONA puts it back there too), so no other agent, simulated or not, takes it.
     */
    void routeToAgent(Call call, Agent agent, String callingDevice) {
        call.targetAgent(agent);
        offer(call, call.skillGroup(), callingDevice);
    }

    private void offer(Call call, SkillGroup group, String callingDevice) {
        Optional<Agent> agent = router.agentFor(call, group);
        if (agent.isPresent()) {
            deliver(call, agent.get(), callingDevice);
        } else {
            enqueue(call, group);
        }
    }

    private void enqueue(Call call, SkillGroup group) {
        Instant now = state.now();
        call.queuedAt(now);
        call.connect("queue-" + group.number(), DeviceKind.QUEUE, null, ConnectionState.QUEUED);
        group.queue().addLast(call);
        state.emit(new CallQueued(now, call.view(), group.queue().size()));
        Duration patience = state.traffic().meanPatience();
        if (!patience.isZero()) {
            long callId = call.id();
            state.schedule(state.exponential(patience), () -> abandonIfQueued(callId));
        }
    }

    private void abandonIfQueued(long callId) {
        Call call = state.call(callId);
        if (call == null || call.queueConnection().isEmpty()) {
            return;
        }
        SkillGroup group = call.skillGroup();
        group.queue().remove(call);
        group.abandoned();
        call.disconnect(call.queueConnection().get());
        callControl.endCall(call, ClearCause.ABANDONED_IN_QUEUE);
    }

    /** The call rings at the agent, leaving its queue if it waited; a simulated agent answers after the ring time. */
    void deliver(Call call, Agent agent, String callingDevice) {
        if (!call.mayBeOfferedTo(agent)) {
            call.targetAgent(null);   // sent on to another agent (a transfer, a deflection): no longer targeted
        }
        Instant now = state.now();
        call.queueConnection().ifPresent(queued -> {
            call.skillGroup().queue().remove(call);
            call.disconnect(queued);
        });
        agent.joinCall(call);
        agentStates.changeState(agent, AgentState.RESERVED, 0);
        Connection alerting = call.connect(agent.extension(), DeviceKind.AGENT, agent, ConnectionState.ALERTING);
        call.deliveredAt(now);
        state.emit(new CallDelivered(now, call.view(), alerting.view(), callingDevice));
        long callId = call.id();
        String device = agent.extension();
        if (agent.isSimulated()) {
            state.schedule(state.traffic().ringTime(), () -> callControl.answerIfAlerting(callId, device));
        } else if (call.kind() == CallKind.ACD_IN) {
            state.schedule(state.traffic().ringNoAnswerTimeout(), () -> redirectOnNoAnswer(callId, device));
        }
    }

    /** RONA: the call goes back to the head of its queue and the agent who let it ring becomes not ready. */
    private void redirectOnNoAnswer(long callId, String device) {
        Call call = state.call(callId);
        if (call == null) {
            return;
        }
        Optional<Connection> ringing = call.connectionOf(device).filter(c -> c.state() == ConnectionState.ALERTING);
        if (ringing.isEmpty()) {
            return;
        }
        Agent agent = ringing.get().agent();
        callControl.removeConnection(call, ringing.get(), ClearCause.NOT_ANSWERED);
        agent.pendingState(AgentState.NOT_READY, AgentStates.RING_NO_ANSWER_REASON);
        agentStates.afterCall(agent, call);
        requeueAtHead(call);
    }

    private void requeueAtHead(Call call) {
        SkillGroup group = call.skillGroup();
        Optional<Agent> next = router.agentFor(call, group);
        if (next.isPresent()) {
            deliver(call, next.get(), call.view().ani());
            return;
        }
        Instant now = state.now();
        call.connect("queue-" + group.number(), DeviceKind.QUEUE, null, ConnectionState.QUEUED);
        if (call.queuedAt() == null) {
            call.queuedAt(now);
        }
        group.queue().addFirst(call);
        state.emit(new CallQueued(now, call.view(), group.queue().size()));
    }

    /** An agent who has just become available takes the call that has waited longest in its groups, if any. */
    void offerWaitingCall(Agent agent) {
        if (agent.isRoutable()) {
            router.callFor(agent).ifPresent(call -> deliver(call, agent, call.view().ani()));
        }
    }
}
