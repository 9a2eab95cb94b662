package org.ctios.simulator.acd;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.acd.AcdEvent.CallCleared;
import org.ctios.simulator.acd.AcdEvent.CallDataUpdated;
import org.ctios.simulator.acd.AcdEvent.CallEnded;
import org.ctios.simulator.acd.AcdEvent.CallEstablished;
import org.ctios.simulator.acd.AcdEvent.CallHeld;
import org.ctios.simulator.acd.AcdEvent.CallRetrieved;
import org.ctios.simulator.acd.AcdEvent.ConnectionCleared;

/**
 * Control of one device's part in a call: answer, hold, retrieve, hang up and call data; the compound requests that
 * do two of them at once (alternate, reconnect) and ending a whole call; how a call ends for everyone still on it;
 * and the conversation a simulated agent holds once it has answered.
 */
final class CallControl {

    private final SwitchState state;
    private final AgentStates agentStates;

    CallControl(SwitchState state, AgentStates agentStates) {
        this.state = state;
        this.agentStates = agentStates;
    }

    Outcome<CallView> answer(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        if (connection.state() != ConnectionState.ALERTING) {
            return Outcome.failure(AcdFailure.NO_CALL_TO_ANSWER, "call " + callId + " is not ringing at " + device);
        }
        Call call = state.call(callId);
        Instant now = state.now();
        connection.state(ConnectionState.CONNECTED);
        call.answeredAt(now);
        String callingDevice = call.connections().stream().filter(c -> c != connection).findFirst()
                .map(Connection::deviceId).orElse(null);
        state.emit(new CallEstablished(now, call.view(), connection.view(), callingDevice));
        for (Connection party : call.connections()) {
            if (party.state() == ConnectionState.ALERTING && party.kind() == DeviceKind.EXTERNAL) {
                party.state(ConnectionState.CONNECTED);
            }
        }
        Agent agent = connection.agent();
        if (agent != null) {
            agentStates.changeState(agent, AgentState.TALKING, 0);
            if (agent.isSimulated()) {
                simulateConversation(callId, device);
            }
        }
        return Outcome.success(call.view());
    }

    /** For a timer: answers at the device if the call still rings there (no one answered or hung up meanwhile). */
    void answerIfAlerting(long callId, String device) {
        Call call = state.call(callId);
        if (call != null && call.connectionOf(device).map(c -> c.state() == ConnectionState.ALERTING).orElse(false)) {
            answer(callId, device);
        }
    }

    /** A simulated agent talks for a sampled time, putting one call in ten on hold for a moment, then hangs up. */
    private void simulateConversation(long callId, String device) {
        Duration talk = state.exponential(state.traffic().meanHandleTime());
        if (state.random().nextInt(10) == 0) {
            Duration before = talk.dividedBy(2);
            state.schedule(before, () -> {
                if (hold(callId, device) instanceof Outcome.Success<CallView>) {
                    state.schedule(Duration.ofSeconds(5), () -> retrieve(callId, device));
                }
            });
            talk = talk.plusSeconds(5);
        }
        state.schedule(talk, () -> {
            if (state.call(callId) != null) {
                clearConnection(callId, device);
            }
        });
    }

    Outcome<CallView> hold(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        if (connection.state() != ConnectionState.CONNECTED) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "call " + callId + " is not connected at " + device);
        }
        Call call = state.call(callId);
        connection.state(ConnectionState.HELD);
        state.emit(new CallHeld(state.now(), call.view(), connection.view()));
        if (connection.agent() != null) {
            agentStates.refreshTalkState(connection.agent());
        }
        return Outcome.success(call.view());
    }

    Outcome<CallView> retrieve(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Connection connection = ((Outcome.Success<Connection>) found).value();
        if (connection.state() != ConnectionState.HELD) {
            return Outcome.failure(AcdFailure.NO_HELD_CALL, "call " + callId + " is not held at " + device);
        }
        Agent agent = connection.agent();
        if (agent != null && agentStates.hasConnectedCall(agent)) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "agent " + agent.id() + " is talking on another call");
        }
        Call call = state.call(callId);
        connection.state(ConnectionState.CONNECTED);
        state.emit(new CallRetrieved(state.now(), call.view(), connection.view()));
        if (agent != null) {
            agentStates.refreshTalkState(agent);
        }
        return Outcome.success(call.view());
    }

    /** Hangs one device up. When fewer than two parties remain, the whole call ends. */
    Outcome<CallView> clearConnection(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Call call = state.call(callId);
        Connection connection = ((Outcome.Success<Connection>) found).value();
        boolean customerLeft = connection.kind() == DeviceKind.EXTERNAL && call.kind() == CallKind.ACD_IN;
        removeConnection(call, connection, ClearCause.NORMAL);
        if (connection.agent() != null) {
            agentStates.afterCall(connection.agent(), call);
        }
        if (call.partyCount() < 2 || customerLeft) {
            endCall(call, ClearCause.NORMAL);
        }
        return Outcome.success(call.view());
    }

    /**
     * Ends a whole call for every device on it (CLEAR_CALL), as when the last parties hang up: the events of
     * {@link #endCall}. The device must be on the call, in any state.
     */
    Outcome<CallView> clearCall(long callId, String device) {
        Outcome<Connection> found = state.connection(callId, device);
        if (found instanceof Outcome.Failure<Connection> failure) {
            return failure.cast();
        }
        Call call = state.call(callId);
        endCall(call, ClearCause.NORMAL);
        return Outcome.success(call.view());
    }

    /**
     * Holds the active call and retrieves the held one at the same device in one step (ALTERNATE_CALL), as a switch
     * does it: CALL_HELD, then CALL_RETRIEVED, and the agent stays TALKING throughout. The guide also lets the other
     * call be one ringing there, to answer it; this switch alternates between a connected and a held call only.
     */
    Outcome<CallView> alternate(long activeCallId, long heldCallId, String device) {
        Outcome<ActiveAndHeld> found = state.activeAndHeld(activeCallId, heldCallId, device);
        if (found instanceof Outcome.Failure<ActiveAndHeld> failure) {
            return failure.cast();
        }
        ActiveAndHeld calls = ((Outcome.Success<ActiveAndHeld>) found).value();
        calls.active().state(ConnectionState.HELD);
        state.emit(new CallHeld(state.now(), calls.activeCall().view(), calls.active().view()));
        return retrieveInStep(calls);
    }

    /**
     * Hangs the device up on its active call and retrieves its held call in one step (RECONNECT_CALL), as an agent
     * abandoning a consultation does: CALL_CONNECTION_CLEARED on the active call (and CALL_CLEARED, END_CALL when
     * fewer than two parties remain on it), then CALL_RETRIEVED; the agent stays TALKING throughout.
     */
    Outcome<CallView> reconnect(long activeCallId, long heldCallId, String device) {
        Outcome<ActiveAndHeld> found = state.activeAndHeld(activeCallId, heldCallId, device);
        if (found instanceof Outcome.Failure<ActiveAndHeld> failure) {
            return failure.cast();
        }
        ActiveAndHeld calls = ((Outcome.Success<ActiveAndHeld>) found).value();
        Call active = calls.activeCall();
        boolean customerLeft = calls.active().kind() == DeviceKind.EXTERNAL && active.kind() == CallKind.ACD_IN;
        removeConnection(active, calls.active(), ClearCause.NORMAL);
        if (active.partyCount() < 2 || customerLeft) {
            endCall(active, ClearCause.NORMAL);
        }
        return retrieveInStep(calls);
    }

    /** The second half of alternate and reconnect: the held call connected again, the agent's state settled once. */
    private Outcome<CallView> retrieveInStep(ActiveAndHeld calls) {
        calls.held().state(ConnectionState.CONNECTED);
        state.emit(new CallRetrieved(state.now(), calls.heldCall().view(), calls.held().view()));
        if (calls.held().agent() != null) {
            agentStates.refreshTalkState(calls.held().agent());
        }
        return Outcome.success(calls.heldCall().view());
    }

    /** One device leaves the call (CALL_CONNECTION_CLEARED); where its agent goes next is the caller's business. */
    void removeConnection(Call call, Connection connection, ClearCause cause) {
        call.disconnect(connection);
        if (connection.agent() != null) {
            connection.agent().leaveCall(call);
        }
        state.emit(new ConnectionCleared(state.now(), call.view(), connection.view(), cause));
    }

    /** Ends a call for everyone still on it: the remaining agents leave, then CALL_CLEARED and END_CALL. */
    void endCall(Call call, ClearCause cause) {
        for (Connection remaining : List.copyOf(call.connections())) {
            if (remaining.kind() == DeviceKind.QUEUE) {
                call.skillGroup().queue().remove(call);
                call.disconnect(remaining);
            } else if (remaining.agent() != null) {
                removeConnection(call, remaining, cause);
                agentStates.afterCall(remaining.agent(), call);
            } else {
                call.disconnect(remaining);
            }
        }
        Instant now = state.now();
        if (call.kind() == CallKind.ACD_IN && call.answeredAt() != null && call.skillGroup() != null) {
            call.skillGroup().handled(Duration.between(call.answeredAt(), now));
        }
        state.emit(new CallCleared(now, call.view(), cause));
        state.ended(call);
        state.emit(new CallEnded(now, call.view()));
    }

    Outcome<CallView> setCallData(long callId, String ani, String callerEnteredDigits, CallVariables variables,
                                  List<NamedVariable> ecc, List<NamedArray> eccArrays, String wrapupData) {
        Call call = state.call(callId);
        if (call == null) {
            return Outcome.failure(AcdFailure.UNKNOWN_CALL, "no call " + callId);
        }
        call.updateData(ani, callerEnteredDigits, variables, ecc, eccArrays, wrapupData);
        state.emit(new CallDataUpdated(state.now(), call.view()));
        return Outcome.success(call.view());
    }
}
