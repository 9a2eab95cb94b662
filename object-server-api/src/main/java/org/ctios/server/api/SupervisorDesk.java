package org.ctios.server.api;

import java.util.List;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.view.SilentMonitorView;

/**
 * A supervisor's desk: the teams with their members' states, and barge-in, intercept, silent monitor and their end
 * (CLEAR) on an agent's call. A
 * supervisor changes a member's state through {@link AgentDesk#changeState}. Who may do what is not checked here.
 */
public interface SupervisorDesk {

    List<TeamView> teams();

    /** @throws UnknownTeamException when no team has that id */
    TeamView team(int teamId);

    /**
     * The supervisor barges in on (joins), intercepts (takes over), silently monitors or whispers to the call of the
     * agent on it, or ends its monitor or barge-in (CLEAR). A barge-in, an intercept and the end of a barge-in wait,
     * as call control does ({@code ctios.calls.stored-wait}), until the stored call shows the supervisor
     * connected (and, for an intercept, the agent gone) or gone; the outcome says whether that happened in time. A
     * monitor, a whisper and their end change no party of the call: they count from the CTI Server's confirmation.
     *
     * @throws UnknownCallException        when no call has that id
     * @throws UnknownAgentException       when no agent is the supervisor
     * @throws NoAgentToSuperviseException when no other agent is on the call
     */
    CallOutcome supervise(long callId, String supervisorId, SupervisoryAction action);

    /** The silent monitors and whispers in progress, by call; for supervisors, never for the monitored agent. */
    List<SilentMonitorView> silentMonitors();
}
