package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;
import org.ctios.simulator.acd.AcdEvent.CallConferenced;
import org.ctios.simulator.acd.AcdEvent.CallDelivered;
import org.ctios.simulator.acd.AcdEvent.CallDiverted;
import org.ctios.simulator.acd.AcdEvent.CallTransferred;
import org.ctios.simulator.acd.AcdEvent.ConnectionCleared;
import org.ctios.simulator.acd.DialPlan.Destination;

/**
 * Completing what a consultation began, a transfer or a conference, by joining the consultation call's parties into
 * the primary call ({@link #completeConsultation}); and what sends a call elsewhere without consultation: the
 * single-step (blind) transfer of a connected call and the deflection of a ringing one.
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
     * Completes a consultation transfer: the transferring device leaves the primary call too, and the parties of
     * both calls stay together without it.
     */
    Outcome<CallView> transfer(long activeCallId, long heldCallId, String device) {
        return completeConsultation(activeCallId, heldCallId, device, ClearCause.TRANSFER,
                (consultation, transferredDevice) -> {
                    Call primary = consultation.primary();
                    Agent transferring = consultation.controller();
                    primary.disconnect(consultation.onPrimary());
                    transferring.leaveCall(primary);
                    Instant now = state.now();
                    state.emit(new CallTransferred(now, primary.view(), consultation.secondary().id(), device,
                            transferredDevice));
                    state.emit(new ConnectionCleared(now, primary.view(), consultation.onPrimary().view(),
                            ClearCause.TRANSFER));
                    agentStates.afterCall(transferring, primary);
                });
    }

    /** Completes a consultation conference: the controller, back on the primary call, talks with everyone. */
    Outcome<CallView> conference(long activeCallId, long heldCallId, String device) {
        return completeConsultation(activeCallId, heldCallId, device, ClearCause.CONFERENCE,
                (consultation, addedDevice) -> {
                    consultation.onPrimary().state(ConnectionState.CONNECTED);
                    state.emit(new CallConferenced(state.now(), consultation.primary().view(),
                            consultation.secondary().id(), device, addedDevice, ClearCause.CONFERENCE));
                    agentStates.refreshTalkState(consultation.controller());
                });
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
        ringAt(call, destination, dialedNumber, device);
        return Outcome.success(call.view());
    }

    /**
     * Deflect: a call ringing at an agent's device rings at another number instead, as a call forward does
     * (DEFLECT_CALL). CALL_DIVERTED for the device it leaves, then the destination's own events (CALL_DELIVERED at an
     * agent or an outside number, or a skill group's routing); then the deflecting agent goes back to the state it
     * had before the call rang, after the call rings elsewhere, so that a deflection to its own skill group cannot
     * ring at it again. Refused unless the call rings at that device; the destination is checked as a dialled number.
     */
    Outcome<CallView> deflect(long callId, String device, String calledDevice) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection ringing = ((Outcome.Success<Connection>) found).value();
        Agent deflecting = ringing.agent();
        if (deflecting == null || ringing.state() != ConnectionState.ALERTING) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "call " + callId + " is not ringing at " + device);
        }
        Outcome<Destination> foundDestination = dialPlan.destination(calledDevice, deflecting);
        if (foundDestination instanceof Outcome.Failure<Destination> failure) {
            return failure.cast();
        }
        Destination destination = ((Outcome.Success<Destination>) foundDestination).value();
        Call call = state.call(callId);
        call.disconnect(ringing);
        deflecting.leaveCall(call);
        DeviceKind calledKind = destination.agent() != null ? DeviceKind.AGENT
                : destination.group() != null ? DeviceKind.QUEUE : DeviceKind.EXTERNAL;
        state.emit(new CallDiverted(state.now(), call.view(), ringing.view(), calledDevice, calledKind));
        ringAt(call, destination, calledDevice, call.view().ani());
        agentStates.afterCall(deflecting, call);
        return Outcome.success(call.view());
    }

    /** The call rings at a dialled destination: an agent, a skill group's queue, or an outside number. */
    private void ringAt(Call call, Destination destination, String dialedNumber, String callingDevice) {
        if (destination.agent() != null) {
            distribution.deliver(call, destination.agent(), callingDevice);
        } else if (destination.group() != null) {
            call.skillGroup(destination.group());
            distribution.route(call, destination.group(), callingDevice);
        } else {
            Connection outside = call.connect(dialedNumber, DeviceKind.EXTERNAL, null, ConnectionState.ALERTING);
            state.emit(new CallDelivered(state.now(), call.view(), outside.view(), callingDevice));
            long callId = call.id();
            state.schedule(state.traffic().ringTime(), () -> callControl.answerIfAlerting(callId, dialedNumber));
        }
    }

    /**
     * The controller's consultation: the active (consultation) call it made while it held the primary call.
     *
     * @param onConsultation the controller's connection on the consultation call
     * @param onPrimary      the controller's connection on the primary call, held
     */
    private record Consultation(Call primary, Call secondary, Agent controller, Connection onConsultation,
                                Connection onPrimary) {
    }

    /** What a transfer or a conference does once the consultation call's parties are on the primary call. */
    @FunctionalInterface
    private interface Completion {
        void complete(Consultation consultation, String joinedDevice);
    }

    /**
     * What a transfer and a conference share: every party of the consultation call but the controller joins the
     * primary call and the controller leaves the consultation call; then the operation's own {@code completion};
     * then the consultation call ends.
     */
    private Outcome<CallView> completeConsultation(long activeCallId, long heldCallId, String device,
                                                   ClearCause cause, Completion completion) {
        Outcome<Consultation> found = consultation(activeCallId, heldCallId, device);
        if (found instanceof Outcome.Failure<Consultation> failure) {
            return failure.cast();
        }
        Consultation consultation = ((Outcome.Success<Consultation>) found).value();
        String joinedDevice = moveParties(consultation.secondary(), consultation.primary(), consultation.controller());
        consultation.secondary().disconnect(consultation.onConsultation());
        consultation.controller().leaveCall(consultation.secondary());
        completion.complete(consultation, joinedDevice);
        callControl.endCall(consultation.secondary(), cause);
        return Outcome.success(consultation.primary().view());
    }

    /** The controller's consultation at {@code device}: connected on the active call, holding the other. */
    private Outcome<Consultation> consultation(long activeCallId, long heldCallId, String device) {
        Outcome<ActiveAndHeld> found = state.activeAndHeld(activeCallId, heldCallId, device);
        if (found instanceof Outcome.Failure<ActiveAndHeld> failure) {
            return failure.cast();
        }
        ActiveAndHeld calls = ((Outcome.Success<ActiveAndHeld>) found).value();
        if (calls.active().agent() == null) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "call " + activeCallId + " is not connected at "
                    + device);
        }
        return Outcome.success(new Consultation(calls.heldCall(), calls.activeCall(), calls.active().agent(),
                calls.active(), calls.held()));
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
