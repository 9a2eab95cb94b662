package org.ctios.server.api;

import java.util.List;
import org.ctios.protocol.types.SupervisoryAction;

/**
 * A supervisor's desk: the teams with their members' states, and barge-in or intercept on an agent's call. A
 * supervisor changes a member's state through {@link AgentDesk#changeState}. Who may do what is not checked here.
 */
public interface SupervisorDesk {

    List<TeamView> teams();

    /** @throws UnknownTeamException when no team has that id */
    TeamView team(int teamId);

    /**
     * The supervisor barges in on (joins) or intercepts (takes over) the call of the agent on it. Waits, as call
     * control does ({@code ctios.calls.stored-wait-millis}), until the stored call shows the supervisor connected
     * (and, for an intercept, the agent gone); the outcome says whether that happened in time.
     *
     * @throws UnknownCallException        when no call has that id
     * @throws UnknownAgentException       when no agent is the supervisor
     * @throws NoAgentToSuperviseException when no other agent is on the call
     */
    CallOutcome supervise(long callId, String supervisorId, SupervisoryAction action);
}
