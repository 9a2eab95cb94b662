package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ctios.server.api.TeamReads;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveOrganisation.TeamInfo;
import org.ctios.server.application.live.LiveState;

/** The configured teams with their members as the interfaces show them, from the live model. */
@ApplicationScoped
public class TeamQueries implements TeamReads {

    /** A team and its members (by id), from one version of the model. */
    public record TeamMembers(TeamInfo team, List<AgentView> members) {

        public TeamMembers {
            members = List.copyOf(members);
        }
    }

    private LiveModel live;

    /** For the container's proxy. */
    protected TeamQueries() {
    }

    @Inject
    public TeamQueries(LiveModel live) {
        this.live = live;
    }

    /** Every configured team, by id. */
    public List<TeamMembers> all() {
        LiveState state = live.current();
        return state.organisation().teams().values().stream()
                .map(team -> new TeamMembers(team, state.members(team.teamId()))).toList();
    }

    public Optional<TeamMembers> byId(int teamId) {
        LiveState state = live.current();
        return state.organisation().team(teamId).map(team -> new TeamMembers(team, state.members(teamId)));
    }

    /** Whether the team is configured. */
    @Override
    public boolean exists(int teamId) {
        return live.current().organisation().team(teamId).isPresent();
    }
}
