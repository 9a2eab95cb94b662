package org.ctios.simulator.acd;

import java.util.Optional;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.AcdEvent.CallConferenced;

/**
 * What a supervisor does to the call of an agent of its team: barge in (join the agent and the customer) and
 * intercept (take the call over, the agent leaving it).
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
        Optional<Call> talking = agent.calls().stream().filter(c -> c.connectionOf(agent)
                .map(conn -> conn.state() == ConnectionState.CONNECTED).orElse(false)).findFirst();
        if (talking.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_ACTIVE_CALL, "agent " + agentId + " is not talking");
        }
        Call call = talking.get();
        boolean alreadyOnCall = call.connectionOf(supervisor).isPresent();
        if (!alreadyOnCall && !supervisor.calls().isEmpty()) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "supervisor " + supervisor.id() + " is on a call");
        }
        if (!alreadyOnCall) {
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

    /** A supervisor supervises the agents of its team, and every agent who has no team. */
    private boolean supervises(Agent supervisor, Agent agent) {
        if (!supervisor.profile().supervisor() || supervisor == agent) {
            return false;
        }
        Integer team = agent.profile().teamId();
        return team == null || state.scenario().teams().stream()
                .anyMatch(t -> t.id() == team && supervisor.id().equals(t.supervisorId()));
    }
}
