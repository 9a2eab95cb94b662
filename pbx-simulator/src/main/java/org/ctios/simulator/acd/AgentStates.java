package org.ctios.simulator.acd;

import java.util.Optional;
import java.util.function.Consumer;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.AcdEvent.AgentStateChanged;

/**
 * The agents' state machine: login, logout and the work states an agent asks for, and where an agent goes as its
 * calls ring, are held and end: talking, hold, wrap-up, or the state it asked for during the call.
 */
final class AgentStates {

    /** Not-ready reason code Unified CCE uses when an agent did not answer a routed call (RONA). */
    static final int RING_NO_ANSWER_REASON = 32767;

    private final SwitchState state;
    /** Offers the longest-waiting call to an agent who has just become available: routing's job, not this one's. */
    private final Consumer<Agent> offerWaitingCall;

    AgentStates(SwitchState state, Consumer<Agent> offerWaitingCall) {
        this.state = state;
        this.offerWaitingCall = offerWaitingCall;
    }

    /** Logs the simulated agents in and makes them available, as at the start of a shift. */
    void startShift() {
        for (Agent agent : state.agents()) {
            if (agent.logsInAtShiftStart()) {
                login(agent.id(), agent.profile().password(), agent.instrument());
                setAgentState(agent.id(), AgentState.AVAILABLE, 0);
            }
        }
    }

    Outcome<AgentView> login(String agentId, String password, String instrument) {
        Optional<Agent> found = state.agentById(agentId);
        if (found.isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_AGENT, "no agent " + agentId);
        }
        Agent agent = found.get();
        if (!state.isPeripheralOnline()) {
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

    Outcome<AgentView> logout(String agentId, int reasonCode) {
        Outcome<Agent> agent = state.loggedInAgent(agentId);
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
    Outcome<AgentView> setAgentState(String agentId, AgentState target, int reasonCode) {
        Outcome<Agent> found = state.loggedInAgent(agentId);
        if (found instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) found).value();
        if (target != AgentState.AVAILABLE && target != AgentState.NOT_READY && target != AgentState.WORK_READY
                && target != AgentState.WORK_NOT_READY) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "an agent cannot ask for state " + target);
        }
        if (!agent.calls().isEmpty()) {
            // Unified CCE's CTI Server answers with an AGENT_STATE_EVENT: the state the agent is in, and the one it
            // asked for as NextAgentState; the event's reason code is that state's (the current one has none).
            agent.pendingState(target, target == AgentState.NOT_READY || target == AgentState.WORK_NOT_READY
                    ? reasonCode : 0);
            state.emit(new AgentStateChanged(state.now(), agent.view()));
            return Outcome.success(agent.view());
        }
        agent.clearPendingState();
        changeState(agent, target, target == AgentState.NOT_READY || target == AgentState.WORK_NOT_READY
                ? reasonCode : 0);
        if (target == AgentState.AVAILABLE) {
            offerWaitingCall.accept(agent);
        }
        return Outcome.success(agent.view());
    }

    /** Moves an agent to a state; an actual change is an AGENT_STATE event. */
    void changeState(Agent agent, AgentState newState, int reasonCode) {
        if (agent.moveTo(newState, reasonCode, state.now())) {
            state.emit(new AgentStateChanged(state.now(), agent.view()));
        }
    }

    /** Where an agent goes when one of its calls ends: back to its other calls, wrap-up, or its next state. */
    void afterCall(Agent agent, Call endedCall) {
        agent.tally().callEnded(endedCall, state.now());
        if (!agent.calls().isEmpty()) {
            refreshTalkState(agent);
            return;
        }
        AgentState pending = agent.pendingState();
        int pendingReason = agent.pendingReasonCode();
        agent.clearPendingState();
        boolean wrapUp = endedCall.kind() == CallKind.ACD_IN && !state.traffic().wrapUpTime().isZero()
                && endedCall.answeredAt() != null && pendingReason != RING_NO_ANSWER_REASON;
        if (wrapUp) {
            boolean notReadyNext = pending == AgentState.NOT_READY || pending == AgentState.WORK_NOT_READY;
            changeState(agent, notReadyNext ? AgentState.WORK_NOT_READY : AgentState.WORK_READY,
                    notReadyNext ? pendingReason : 0);
            if (agent.isSimulated()) {
                String agentId = agent.id();
                state.schedule(state.traffic().wrapUpTime(), () -> finishWrapUp(agentId));
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
                offerWaitingCall.accept(agent);
            }
        }
    }

    private void finishWrapUp(String agentId) {
        Agent agent = state.agent(agentId);
        if (agent == null || !agent.calls().isEmpty()) {
            return;
        }
        if (agent.state() == AgentState.WORK_READY) {
            changeState(agent, AgentState.AVAILABLE, 0);
            offerWaitingCall.accept(agent);
        } else if (agent.state() == AgentState.WORK_NOT_READY) {
            changeState(agent, AgentState.NOT_READY, agent.reasonCode());
        }
    }

    /** TALKING while any call is connected, HOLD when all are held, RESERVED while one only rings. */
    void refreshTalkState(Agent agent) {
        if (hasConnectedCall(agent)) {
            changeState(agent, AgentState.TALKING, 0);
        } else if (agent.calls().stream().anyMatch(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.HELD).orElse(false))) {
            changeState(agent, AgentState.HOLD, 0);
        } else if (!agent.calls().isEmpty()) {
            changeState(agent, AgentState.RESERVED, 0);
        }
    }

    boolean hasConnectedCall(Agent agent) {
        return agent.calls().stream().anyMatch(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.CONNECTED
                        || conn.state() == ConnectionState.INITIATED).orElse(false));
    }
}
