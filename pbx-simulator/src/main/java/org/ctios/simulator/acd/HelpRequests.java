package org.ctios.simulator.acd;

import java.util.Optional;
import org.ctios.simulator.acd.AcdEvent.HelpRequested;

/**
 * An agent's call for help: supervisor assist and emergency. The switch finds the primary supervisor of the agent's
 * team, logged in, and tells every client (SUPERVISOR_ASSIST_EVENT, EMERGENCY_CALL_EVENT); a supervisor then
 * monitors or barges in on the call. Unlike Unified CCE, it places no call to the supervisor (the guides' consultative
 * or blind-conference call): the supervision requests already join it to the call, and one way in keeps the model
 * small. An emergency is told to every client even when no supervisor was found; an assist is not.
 */
final class HelpRequests {

    private final SwitchState state;

    HelpRequests(SwitchState state) {
        this.state = state;
    }

    /**
     * @param callId the call the agent needs help with, or -1 for its current call (none when it has no call)
     */
    Outcome<Help> ask(String agentDevice, long callId, boolean emergency) {
        Outcome<Agent> found = state.loggedInAgentAtDevice(agentDevice);
        if (found instanceof Outcome.Failure<Agent> failure) {
            return failure.cast();
        }
        Agent agent = ((Outcome.Success<Agent>) found).value();
        Optional<Call> call = callId < 0 ? agent.calls().stream().findFirst()
                : agent.calls().stream().filter(c -> c.id() == callId).findFirst();
        if (callId >= 0 && call.isEmpty()) {
            return Outcome.failure(AcdFailure.NOT_A_PARTY, "agent " + agent.id() + " is not on call " + callId);
        }
        Integer team = agent.teamId();
        Optional<Agent> supervisor = state.scenario().teams().stream()
                .filter(t -> team != null && t.id() == team && t.supervisorId() != null).findFirst()
                .flatMap(t -> state.loggedInAgent(t.supervisorId()) instanceof Outcome.Success<Agent> s
                        ? Optional.of(s.value()) : Optional.empty());
        Help help = new Help(agent.id(), agent.extension(), call.map(Call::id).orElse(-1L),
                supervisor.map(Agent::id).orElse(null), emergency);
        if (supervisor.isPresent() || emergency) {
            state.emit(new HelpRequested(state.now(), help));
        }
        if (supervisor.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_SUPERVISOR, "no supervisor of agent " + agent.id()
                    + "'s team is logged in");
        }
        return Outcome.success(help);
    }
}
