package org.ctios.simulator.acd;

import java.util.Optional;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.AcdEvent.CallConferenced;

/**
 * What a supervisor does to the call of an agent of its team: barge in (join the agent and the customer),
 * intercept (take the call over, the agent leaving it), monitor silently (listen, unheard and unseen by the call's
 * parties) and clear (end its monitor or its barge-in).
 *
 * <p>The guides document no event for the supervisor's device during a silent monitor, so this switch sends none:
 * the listening leg is no party of the call (neither the customer nor the agent hears it, and the call's events do
 * not list it); SUPERVISE_CALL_CONF names the agent's call, and the monitor ends without an event on CLEAR, when the
 * agent leaves the call or when the call ends. One supervisor at a time monitors a call, as on Unified CM.
 */
final class SupervisorActions {

    private final SwitchState state;
    private final AgentStates agentStates;
    private final CallControl callControl;

    SupervisorActions(SwitchState state, AgentStates agentStates, CallControl callControl) {
        this.state = state;
        this.agentStates = agentStates;
        this.callControl = callControl;
    }

    /**
     * The supervisor at the device joins the call the agent is talking on, unless already on it; with
     * {@code intercept} the agent then leaves it.
     */
    Outcome<CallView> supervise(String supervisorDevice, String agentId, boolean intercept) {
        Outcome<Pair> found = pair(supervisorDevice, agentId);
        if (found instanceof Outcome.Failure<Pair> failure) {
            return failure.cast();
        }
        Pair pair = ((Outcome.Success<Pair>) found).value();
        Agent supervisor = pair.supervisor();
        Agent agent = pair.agent();
        Optional<Call> talking = talkingCall(agent);
        if (talking.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "agent " + agentId + " is not talking");
        }
        Call call = talking.get();
        boolean alreadyOnCall = call.connectionOf(supervisor).isPresent();
        if (!alreadyOnCall && !supervisor.calls().isEmpty()) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "supervisor " + supervisor.id() + " is on a call");
        }
        if (!alreadyOnCall) {
            call.monitoringSupervisor().filter(listening -> listening == supervisor).ifPresent(l -> call.stopMonitor());
            supervisor.joinCall(call);
            call.connect(supervisor.extension(), DeviceKind.AGENT, supervisor, ConnectionState.CONNECTED);
            state.emit(new CallConferenced(state.now(), call.view(), -1, agent.extension(), supervisor.extension(),
                    ClearCause.SUPERVISOR_BARGE_IN));
            agentStates.changeState(supervisor, AgentState.TALKING, 0);
        }
        supervisor.tally().supervised(intercept, state.now());
        if (intercept) {
            Connection agentConnection = call.connectionOf(agent).orElseThrow();
            callControl.removeConnection(call, agentConnection, ClearCause.SUPERVISOR_INTERCEPT);
            agentStates.afterCall(agent, call);
        }
        return Outcome.success(call.view());
    }

    /**
     * The supervisor at the device starts listening to the call the agent is talking on. No event: see the class's
     * description. The supervisor's state does not change (listening is not talking).
     */
    Outcome<CallView> monitor(String supervisorDevice, String agentId) {
        Outcome<Pair> found = pair(supervisorDevice, agentId);
        if (found instanceof Outcome.Failure<Pair> failure) {
            return failure.cast();
        }
        Pair pair = ((Outcome.Success<Pair>) found).value();
        Optional<Call> talking = talkingCall(pair.agent());
        if (talking.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "agent " + agentId + " is not talking");
        }
        Call call = talking.get();
        Optional<Agent> listening = call.monitoringSupervisor();
        if (listening.isPresent() && listening.get() != pair.supervisor()) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "call " + call.id() + " is monitored by agent "
                    + listening.get().id());
        }
        if (call.connectionOf(pair.supervisor()).isPresent()) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "supervisor " + pair.supervisor().id()
                    + " is a party of call " + call.id());
        }
        call.monitor(pair.supervisor(), pair.agent());
        return Outcome.success(call.view());
    }

    /**
     * The supervisor at the device ends its supervision of the agent's call: a silent monitor stops without an
     * event; a barged-in supervisor leaves the call (CALL_CONNECTION_CLEARED, cause SUPERVISOR_CLEAR).
     */
    Outcome<CallView> clear(String supervisorDevice, String agentId) {
        Outcome<Pair> found = pair(supervisorDevice, agentId);
        if (found instanceof Outcome.Failure<Pair> failure) {
            return failure.cast();
        }
        Agent supervisor = ((Outcome.Success<Pair>) found).value().supervisor();
        Agent agent = ((Outcome.Success<Pair>) found).value().agent();
        for (Call call : agent.calls()) {
            if (call.monitoringSupervisor().filter(listening -> listening == supervisor).isPresent()) {
                call.stopMonitor();
                return Outcome.success(call.view());
            }
            Optional<Connection> joined = call.connectionOf(supervisor);
            if (joined.isPresent()) {
                callControl.removeConnection(call, joined.get(), ClearCause.SUPERVISOR_CLEAR);
                agentStates.afterCall(supervisor, call);
                return Outcome.success(call.view());
            }
        }
        return Outcome.failure(AcdFailure.INVALID_STATE, "supervisor " + supervisor.id()
                + " neither monitors nor is on a call of agent " + agentId);
    }

    /** The supervisor logged in at the device and the agent it may supervise. */
    private Outcome<Pair> pair(String supervisorDevice, String agentId) {
        Outcome<Agent> supervisorFound = state.loggedInAgentAtDevice(supervisorDevice);
        if (supervisorFound instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent supervisor = ((Outcome.Success<Agent>) supervisorFound).value();
        Outcome<Agent> agentFound = state.loggedInAgent(agentId);
        if (agentFound instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) agentFound).value();
        if (!supervises(supervisor, agent)) {
            return Outcome.failure(AcdFailure.NOT_A_SUPERVISOR, "agent " + supervisor.id()
                    + " does not supervise agent " + agentId);
        }
        return Outcome.success(new Pair(supervisor, agent));
    }

    private static Optional<Call> talkingCall(Agent agent) {
        return agent.calls().stream().filter(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.CONNECTED).orElse(false)).findFirst();
    }

    /** A supervisor supervises the agents of its team, and every agent who has no team. */
    private boolean supervises(Agent supervisor, Agent agent) {
        if (!supervisor.profile().supervisor() || supervisor == agent) {
            return false;
        }
        Integer team = agent.teamId();
        return team == null || state.scenario().teams().stream()
                .anyMatch(t -> t.id() == team && supervisor.id().equals(t.supervisorId()));
    }

    private record Pair(Agent supervisor, Agent agent) {
    }
}
