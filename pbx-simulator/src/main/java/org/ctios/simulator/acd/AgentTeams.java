package org.ctios.simulator.acd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctios.simulator.scenario.TeamProfile;

/**
 * The switch's agent teams: the scenario's teams, their supervisors, and which agents belong to each now. Moving an
 * agent to another team is announced as two configuration changes, its removal from the old team and its addition
 * to the new one (AGENT_TEAM_CONFIG_EVENT), as a switch administrator's change would be.
 */
final class AgentTeams {

    private final SwitchState state;

    AgentTeams(SwitchState state) {
        this.state = state;
    }

    List<TeamView> teams() {
        return state.scenario().teams().stream().map(this::view).toList();
    }

    Outcome<TeamView> team(long teamId) {
        return profile(teamId).map(team -> Outcome.success(view(team)))
                .orElseGet(() -> Outcome.failure(AcdFailure.NO_TEAM, "no team " + teamId));
    }

    /** The teams an agent supervises; refused for an agent who is not a supervisor. */
    Outcome<List<TeamView>> supervisedBy(String supervisorId) {
        Optional<Agent> supervisor = state.agentById(supervisorId);
        if (supervisor.isEmpty() || !supervisor.get().profile().supervisor()) {
            return Outcome.failure(AcdFailure.NO_SUPERVISOR, "no supervisor " + supervisorId);
        }
        return Outcome.success(teams().stream().filter(t -> supervisorId.equals(t.supervisorId())).toList());
    }

    /** Moves an agent to a team; a team's own supervisor stays where it is, so that no team loses its supervisor. */
    Outcome<TeamView> move(String agentId, long teamId) {
        Optional<Agent> found = state.agentById(agentId);
        if (found.isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_AGENT, "no agent " + agentId);
        }
        Optional<TeamProfile> target = profile(teamId);
        if (target.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_TEAM, "no team " + teamId);
        }
        Agent agent = found.get();
        if (state.scenario().teams().stream().anyMatch(t -> agentId.equals(t.supervisorId()))) {
            return Outcome.failure(AcdFailure.INVALID_STATE, "agent " + agentId + " supervises a team");
        }
        Integer from = agent.teamId();
        if (from == null || from != teamId) {
            agent.moveToTeam((int) teamId);
            if (from != null) {
                profile(from).ifPresent(old -> announce(old, TeamView.Change.REMOVED, agent));
            }
            announce(target.get(), TeamView.Change.ADDED, agent);
        }
        return Outcome.success(view(target.get()));
    }

    private void announce(TeamProfile team, TeamView.Change change, Agent agent) {
        TeamView now = view(team);
        state.emit(new AcdEvent.TeamConfigChanged(state.now(), now, change, List.of(member(agent, false))));
    }

    private TeamView view(TeamProfile team) {
        List<TeamView.Member> members = new ArrayList<>();
        for (Agent agent : state.agents()) {
            boolean supervisor = agent.id().equals(team.supervisorId());
            Integer agentTeam = agent.teamId();
            if (supervisor || agentTeam != null && agentTeam == team.id()) {
                members.add(member(agent, supervisor));
            }
        }
        return new TeamView(team.id(), team.name(), team.supervisorId(), members);
    }

    private TeamView.Member member(Agent agent, boolean supervisor) {
        AgentView view = agent.view();
        long seconds = Math.max(0, Duration.between(view.stateSince(), state.now()).toSeconds());
        return new TeamView.Member(agent.id(), supervisor, view.state(), seconds);
    }

    private Optional<TeamProfile> profile(long teamId) {
        return state.scenario().teams().stream().filter(t -> t.id() == teamId).findFirst();
    }
}
