package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.CallBegun;
import org.ctios.simulator.acd.AcdEvent.CallDelivered;
import org.ctios.simulator.acd.AcdEvent.CallHeld;
import org.ctios.simulator.acd.AcdEvent.CallOriginated;
import org.ctios.simulator.acd.DialPlan.Destination;

/**
 * Calls an agent places: a dial-out to another agent, a skill group or an outside number, and a consultation call
 * from a connected call, the first step of a consultative transfer or conference ({@link TransfersAndConferences}).
 */
final class Dialling {

    private final SwitchState state;
    private final DialPlan dialPlan;
    private final AgentStates agentStates;
    private final CallDistribution distribution;
    private final CallControl callControl;

    Dialling(SwitchState state, DialPlan dialPlan, AgentStates agentStates, CallDistribution distribution,
             CallControl callControl) {
        this.state = state;
        this.dialPlan = dialPlan;
        this.agentStates = agentStates;
        this.distribution = distribution;
        this.callControl = callControl;
    }

    /** An agent dials a number: another agent's extension, a skill group's number, or an outside number. */
    Outcome<CallView> makeCall(String device, String dialedNumber, CallVariables variables, List<NamedVariable> ecc) {
        Outcome<Agent> found = state.loggedInAgentAtDevice(device);
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
    Outcome<CallView> consult(long activeCallId, String device, String dialedNumber, CallVariables variables,
                              List<NamedVariable> ecc) {
        Outcome<Connection> found = state.connection(activeCallId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection active = ((Outcome.Success<Connection>) found).value();
        if (active.state() != ConnectionState.CONNECTED || active.agent() == null) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "no connected call " + activeCallId + " at " + device);
        }
        Outcome<Destination> destination = dialPlan.destination(dialedNumber, active.agent());
        if (destination instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Call original = state.call(activeCallId);
        active.state(ConnectionState.HELD);
        state.emit(new CallHeld(state.now(), original.view(), active.view()));
        return originate(active.agent(), dialedNumber,
                variables == null ? original.view().callVariables() : variables,
                ecc == null ? original.view().namedVariables() : ecc, original);
    }

    private Outcome<CallView> originate(Agent agent, String dialedNumber, CallVariables variables,
                                        List<NamedVariable> ecc, Call consultedFrom) {
        Outcome<Destination> found = dialPlan.destination(dialedNumber, agent);
        if (found instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Destination destination = ((Outcome.Success<Destination>) found).value();
        Instant now = state.now();
        CallKind kind = consultedFrom != null ? CallKind.CONSULT
                : destination.agent() != null ? CallKind.AGENT_INSIDE : CallKind.AGENT_OUT;
        Call call = state.newCall(kind, now);
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
        state.emit(new CallBegun(now, call.view()));
        state.emit(new CallOriginated(now, call.view(), originating.view(), dialedNumber));
        agentStates.changeState(agent, AgentState.TALKING, 0);
        if (destination.agent() != null) {
            distribution.deliver(call, destination.agent(), agent.extension());
        } else if (destination.group() != null) {
            distribution.route(call, destination.group(), agent.extension());
        } else {
            Connection outside = call.connect(dialedNumber, DeviceKind.EXTERNAL, null, ConnectionState.ALERTING);
            state.emit(new CallDelivered(now, call.view(), outside.view(), agent.extension()));
            long callId = call.id();
            state.schedule(state.traffic().ringTime(), () -> callControl.answerIfAlerting(callId, dialedNumber));
        }
        return Outcome.success(call.view());
    }
}
