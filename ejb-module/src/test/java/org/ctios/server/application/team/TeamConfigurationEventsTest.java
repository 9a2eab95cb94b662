package org.ctios.server.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ctios.connector.api.event.TeamConfigured;
import org.ctios.connector.api.event.TeamConfigured.Member;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.TeamQueries;
import org.ctios.server.application.live.LiveOrganisation;
import org.ctios.server.application.live.LiveState;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.TwoTeams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The switch's team configuration applied as deliveries: an agent moved between teams is in the other team's view
 * and no longer in its old one, in the database and the live model alike; a new supervisor is the team's; the same
 * configuration read again changes nothing. Team 1 (Harbour): 1001 to 1003 and supervisor 1009; team 2: 2001.
 */
class TeamConfigurationEventsTest {

    private ModelHarness model;
    private EventStream stream;

    @BeforeEach
    void start() throws Exception {
        model = TwoTeams.harness();
        stream = new EventStream(1_000, TwoTeams.START);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void anAgentTheSwitchMovesLeavesItsTeamAndJoinsTheOther() {
        long before = model.live().current().version();

        model.apply(configured(1, ConfigOperation.REMOVE_AGENT, new Member("1003", false)),
                configured(2, ConfigOperation.ADD_AGENT, new Member("1003", false)));

        assertThat(memberIds(1)).containsExactlyInAnyOrder("1001", "1002", "1009");
        assertThat(memberIds(2)).containsExactlyInAnyOrder("2001", "1003");
        assertThat(model.live().current().agent("1003")).map(AgentView::teamId).contains(2);
        assertThat(model.live().current().version()).as("read again after the change").isGreaterThan(before + 1);
        model.assertLiveModelMatchesDatabase();
    }

    @Test
    void theWholeTeamMovesItsMembersInAndNamesItsSupervisorWhoStaysInItsOwnTeam() {
        model.apply(configured(2, ConfigOperation.RESTORE_PERMANENT, new Member("2001", false),
                new Member("1003", false), new Member("1002", true)));

        assertThat(memberIds(2)).containsExactlyInAnyOrder("2001", "1003");
        assertThat(memberIds(1)).containsExactlyInAnyOrder("1001", "1002", "1009");
        LiveState state = model.live().current();
        assertThat(state.organisation().team(2)).map(LiveOrganisation.TeamInfo::supervisorId).contains("1002");
        assertThat(state.organisation().team(1)).map(LiveOrganisation.TeamInfo::supervisorId).contains("1009");

        model.apply(configured(1, ConfigOperation.RESTORE_PERMANENT, new Member("1001", false),
                new Member("1009", true)));

        assertThat(memberIds(1)).as("a whole team's list takes no one out: a large team comes in several")
                .containsExactlyInAnyOrder("1001", "1002", "1009");
        model.apply(configured(2, ConfigOperation.REMOVE_AGENT, new Member("1003", false)));
        assertThat(model.live().current().agent("1003")).map(AgentView::teamId).isEmpty();
        assertThat(memberIds(2)).containsExactly("2001");
        model.assertLiveModelMatchesDatabase();
    }

    @Test
    void theSameConfigurationReadAgainChangesNothingAndAnUnknownTeamIsAdded() {
        model.apply(configured(1, ConfigOperation.RESTORE_PERMANENT, new Member("1001", false),
                new Member("1002", false), new Member("1003", false), new Member("1009", true)));
        long version = model.live().current().version();

        model.apply(configured(1, ConfigOperation.RESTORE_PERMANENT, new Member("1001", false),
                new Member("1002", false), new Member("1003", false), new Member("1009", true)));
        assertThat(model.live().current().version()).isEqualTo(version);

        model.apply(new TeamConfigured(stream.next(), 7, "Night shift", ConfigOperation.ADD_AGENT,
                List.of(new Member("2001", false))));
        assertThat(new TeamQueries(model.live()).byId(7)).map(team -> team.team().name()).contains("Night shift");
        assertThat(memberIds(7)).containsExactly("2001");
        assertThat(memberIds(2)).isEmpty();
    }

    @Test
    void theSourceSettingIsSwitchOrOrganisationAndNothingElse() {
        assertThat(TeamsSource.of(" Organisation ")).isEqualTo(TeamsSource.ORGANISATION);
        assertThat(TeamsSource.of("switch")).isEqualTo(TeamsSource.SWITCH);
        assertThatThrownBy(() -> TeamsSource.of("pbx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ctios.teams.source");
    }

    private TeamConfigured configured(long teamId, ConfigOperation operation, Member... members) {
        return new TeamConfigured(stream.next(), teamId, null, operation, List.of(members));
    }

    private List<String> memberIds(int teamId) {
        return new TeamQueries(model.live()).byId(teamId).map(team -> team.members().stream().map(AgentView::id)
                .toList()).orElse(List.of());
    }
}
