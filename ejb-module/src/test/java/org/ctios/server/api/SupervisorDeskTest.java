package org.ctios.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.application.view.AgentView;
import org.ctios.server.domain.organisation.Team;
import org.junit.jupiter.api.Test;

class SupervisorDeskTest {

    private static AgentView agent(String id, Integer team, boolean supervisor, AgentState state) {
        return new AgentView(id, null, null, team, supervisor, state, 0, Instant.EPOCH, null, List.of(), List.of(),
                Set.of());
    }

    @Test
    void aTeamHasItsOwnMembersItsSupervisorsAndTheirStateCounts() {
        List<AgentView> everyone = List.of(agent("1002", 1, false, AgentState.AVAILABLE),
                agent("1001", 1, false, AgentState.AVAILABLE), agent("1003", 1, false, AgentState.NOT_READY),
                agent("1025", 1, true, AgentState.LOGOUT), agent("1050", 2, true, AgentState.AVAILABLE),
                agent("1099", null, false, AgentState.AVAILABLE));

        TeamView team = SupervisorDesk.teamOf(new Team(1, "Team Harbour", "1025"), everyone);

        assertThat(team.members()).extracting(AgentView::id).containsExactly("1001", "1002", "1003", "1025");
        assertThat(team.supervisorIds()).containsExactly("1025");
        assertThat(team.stateCounts()).containsOnly(java.util.Map.entry(AgentState.AVAILABLE, 2),
                java.util.Map.entry(AgentState.NOT_READY, 1), java.util.Map.entry(AgentState.LOGOUT, 1));
    }
}
