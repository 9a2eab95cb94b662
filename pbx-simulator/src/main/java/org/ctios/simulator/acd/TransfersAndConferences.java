package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;
import org.ctios.simulator.acd.AcdEvent.CallConferenced;
import org.ctios.simulator.acd.AcdEvent.CallDelivered;
import org.ctios.simulator.acd.AcdEvent.CallTransferred;
import org.ctios.simulator.acd.AcdEvent.ConnectionCleared;
import org.ctios.simulator.acd.DialPlan.Destination;

/**
 * Completing what a consultation began, a transfer or a conference, by joining the parties of the two calls; and the
 * single-step (blind) transfer, which needs no consultation.
 */
final class TransfersAndConferences {

    private final SwitchState state;
    private final DialPlan dialPlan;
    private final AgentStates agentStates;
    private final CallDistribution distribution;
    private final CallControl callControl;

    TransfersAndConferences(SwitchState state, DialPlan dialPlan, AgentStates agentStates,
                            CallDistribution distribution, CallControl callControl) {
        this.state = state;
        this.dialPlan = dialPlan;
        this.agentStates = agentStates;
        this.distribution = distribution;
        this.callControl = callControl;
    }

    /**
     * Completes a consultation transfer: the held (primary) call's other parties are joined with the parties of the
     * active (consultation) call, the transferring device leaves both, and the consultation call ends.
     */
    Outcome<CallView> transfer(long activeCallId, long heldCallId, String device) {
        Outcome<Connection[]> pair = consultationPair(activeCallId, heldCallId, device);
        if (pair instanceof Outcome.Failure<Connection[]> failure) {
            return failure.cast();
        }
        Connection[] connections = ((Outcome.Success<Connection[]>) pair).value();
        Call primary = state.call(heldCallId);
        Call secondary = state.call(activeCallId);
        Agent transferring = connections[0].agent();
        String transferredDevice = moveParties(secondary, primary, transferring);
        primary.disconnect(connections[1]);
        secondary.disconnect(connections[0]);
        transferring.leaveCall(primary);
        transferring.leaveCall(secondary);
        Instant now = state.now();
        state.emit(new CallTransferred(now, primary.view(), secondary.id(), device, transferredDevice));
        state.emit(new ConnectionCleared(now, primary.view(), connections[1].view(), ClearCause.TRANSFER));
        agentStates.afterCall(transferring, primary);
        callControl.endCall(secondary, ClearCause.TRANSFER);
        return Outcome.success(primary.view());
    }

    /** Single-step (blind) transfer: the device leaves and the call rings at the dialled destination. */
    Outcome<CallView> singleStepTransfer(long callId, String device, String dialedNumber) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        Agent transferring = connection.agent();
        if (transferring == null || connection.state() != ConnectionState.CONNECTED) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "no connected call " + callId + " at " + device);
        }
        Outcome<Destination> foundDestination = dialPlan.destination(dialedNumber, transferring);
        if (foundDestination instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Destination destination = ((Outcome.Success<Destination>) foundDestination).value();
        Call call = state.call(callId);
        call.disconnect(connection);
        transferring.leaveCall(call);
        Instant now = state.now();
        state.emit(new CallTransferred(now, call.view(), -1, device, dialedNumber));
        state.emit(new ConnectionCleared(now, call.view(), connection.view(), ClearCause.TRANSFER));
        agentStates.afterCall(transferring, call);
        if (destination.agent() != null) {
            distribution.deliver(call, destination.agent(), device);
        } else if (destination.group() != null) {
            call.skillGroup(destination.group());
            distribution.route(call, destination.group(), device);
        } else {
            Connection outside = call.connect(dialedNumber, DeviceKind.EXTERNAL, null, ConnectionState.ALERTING);
            state.emit(new CallDelivered(now, call.view(), outside.view(), device));
            state.schedule(state.traffic().ringTime(), () -> callControl.answerIfAlerting(callId, dialedNumber));
        }
        return Outcome.success(call.view());
    }

    /** Completes a consultation conference: everyone on both calls joins the held (primary) call. */
    Outcome<CallView> conference(long activeCallId, long heldCallId, String device) {
        Outcome<Connection[]> pair = consultationPair(activeCallId, heldCallId, device);
        if (pair instanceof Outcome.Failure<Connection[]> failure) {
            return failure.cast();
        }
        Connection[] connections = ((Outcome.Success<Connection[]>) pair).value();
        Call primary = state.call(heldCallId);
        Call secondary = state.call(activeCallId);
        Agent controller = connections[0].agent();
        String addedDevice = moveParties(secondary, primary, controller);
        secondary.disconnect(connections[0]);
        controller.leaveCall(secondary);
        connections[1].state(ConnectionState.CONNECTED);
        state.emit(new CallConferenced(state.now(), primary.view(), secondary.id(), device, addedDevice,
                ClearCause.CONFERENCE));
        agentStates.refreshTalkState(controller);
        callControl.endCall(secondary, ClearCause.CONFERENCE);
        return Outcome.success(primary.view());
    }

    /** The controller's connections on the active (consultation) and held (primary) calls. */
    private Outcome<Connection[]> consultationPair(long activeCallId, long heldCallId, String device) {
        Outcome<Connection> active = state.connection(activeCallId, device);
        if (active instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Outcome<Connection> held = state.connection(heldCallId, device);
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
    private static String moveParties(Call from, Call to, Agent except) {
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
}
