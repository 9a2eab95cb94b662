package org.ctios.client;

import java.util.concurrent.CompletionStage;

/**
 * A supervisor's actions ({@code POST /calls/{id}/supervise}, {@code POST /messages}), acting from the supervisor's
 * own agent and instrument on a member's call. Only a supervisor of the agent's team (or admin) may: 403 otherwise, a
 * {@link CtiAccessException}.
 */
public final class Supervisor {

    private final Controls controls;
    private final String supervisorId;

    Supervisor(Controls controls, String supervisorId) {
        this.controls = controls;
        this.supervisorId = supervisorId;
    }

    public String id() {
        return supervisorId;
    }

    /** Joins the call (the agent and the caller hear the supervisor). */
    public CompletionStage<Outcome<Call>> bargeIn(String callId) {
        return controls.supervise(callId, "BARGE_IN", supervisorId);
    }

    /** Takes the call over: the agent leaves it. */
    public CompletionStage<Outcome<Call>> intercept(String callId) {
        return controls.supervise(callId, "INTERCEPT", supervisorId);
    }

    /** Listens to the call unheard (silent monitor). */
    public CompletionStage<Outcome<Call>> monitor(String callId) {
        return controls.supervise(callId, "MONITOR", supervisorId);
    }

    /** Speaks to the agent only, where the switch offers it (the simulator refuses: 409 {@code cti-refused}). */
    public CompletionStage<Outcome<Call>> whisper(String callId) {
        return controls.supervise(callId, "WHISPER", supervisorId);
    }

    /** Ends this supervisor's monitor or barge-in on the call (it leaves the call). */
    public CompletionStage<Outcome<Call>> clear(String callId) {
        return controls.supervise(callId, "CLEAR", supervisorId);
    }

    /** Writes to one member of its team. */
    public CompletionStage<Outcome<Void>> messageAgent(String agentId, String text) {
        return controls.sendMessage("AGENT", agentId, null, text);
    }

    /** Writes to its whole team. */
    public CompletionStage<Outcome<Void>> messageTeam(int teamId, String text) {
        return controls.sendMessage("TEAM", null, teamId, text);
    }

    /** Its team as it is now, read from the server. */
    public CompletionStage<Team> team(String teamId) {
        return controls.team(teamId);
    }
}
