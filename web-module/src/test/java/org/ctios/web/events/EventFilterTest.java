package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventFilterTest {

    private static EventRouting event(String type, String agent, String team, String skillGroup) {
        return new EventRouting(type, agent == null ? Set.of() : Set.of(agent), team == null ? Set.of() : Set.of(team),
                skillGroup == null ? Set.of() : Set.of(skillGroup));
    }

    @Test
    void keysAreAndedAndValuesOred() {
        EventFilter filter = EventFilter.parse("type:AgentState,CallDelivered;skillGroup:101,102");

        assertThat(filter.matches(event("AgentState", "1001", "5", "101"))).isTrue();
        assertThat(filter.matches(event("CallDelivered", "1002", null, "102"))).isTrue();
        assertThat(filter.matches(event("CallEnded", "1001", "5", "101"))).as("type not listed").isFalse();
        assertThat(filter.matches(event("AgentState", "1001", "5", "103"))).as("skill group not listed").isFalse();
        assertThat(filter.matches(event("AgentState", "1001", "5", null))).as("no skill group at all").isFalse();
    }

    @Test
    void anEventConcerningSeveralAgentsMatchesWhenAnyIsWanted() {
        EventRouting transfer = new EventRouting("CallEstablished", Set.of("1001", "1002"), Set.of("5", "6"),
                Set.of());

        assertThat(EventFilter.parse("agent:1002").matches(transfer)).isTrue();
        assertThat(EventFilter.parse("team:6;agent:1001,1009").matches(transfer)).isTrue();
        assertThat(EventFilter.parse("team:7").matches(transfer)).isFalse();
    }

    @Test
    void noFilterAndAgentMode() {
        assertThat(EventFilter.parse(null).matches(event("CallHeld", null, null, null))).isTrue();
        assertThat(EventFilter.parse(" ").matches(event("CallHeld", null, null, null))).isTrue();
        assertThat(EventFilter.agent("1001").matches(event("CallHeld", "1001", null, null))).isTrue();
        assertThat(EventFilter.agent("1001").matches(event("CallHeld", "1002", null, null))).isFalse();
    }

    @Test
    void teamModeMatchesWhatTheTeamKeyMatches() {
        EventFilter teamMode = EventFilter.team(1);
        EventFilter teamKey = EventFilter.parse("team:1");
        EventRouting memberReady = event("AgentState", "1001", "1", "1");
        EventRouting otherTeamsCall = event("CallDelivered", "1026", "2", "1");
        EventRouting transferToOtherTeam = new EventRouting("CallEstablished", Set.of("1001", "1026"),
                Set.of("1", "2"), Set.of("2"));
        EventRouting noTeam = event("CallHeld", "1099", null, "1");

        for (EventRouting routing : new EventRouting[] {memberReady, otherTeamsCall, transferToOtherTeam, noTeam}) {
            assertThat(teamMode.matches(routing)).as(routing.toString()).isEqualTo(teamKey.matches(routing));
        }
        assertThat(teamMode.matches(memberReady)).isTrue();
        assertThat(teamMode.matches(otherTeamsCall)).isFalse();
    }

    @Test
    void teamModesSnapshotCoversTheTeamsAgentsAndTheirCalls() {
        EventFilter teamMode = EventFilter.team(1);

        assertThat(teamMode.concerns(Set.of("1001"), Set.of("1"), Set.of("1", "2"))).isTrue();
        assertThat(teamMode.concerns(Set.of("1026"), Set.of("2"), Set.of("1"))).isFalse();
        assertThat(teamMode.concerns(Set.of("1001", "1026"), Set.of("1", "2"), Set.of())).as("a call shared")
                .isTrue();
    }

    @Test
    void whitespaceAroundValuesIsAllowed() {
        assertThat(EventFilter.parse("type: AgentState , CallHeld ; agent : 1001").matches(
                event("CallHeld", "1001", null, null))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "type:", "type:AgentState,", "colour:red", "type:Nonsense", "agent:1;agent:2",
            "agent:10 01", "agent:1;", ";", "skillGroup:101;;team:1", "agent:a/b"})
    void malformedFiltersAreRefusedWithTheReason(String text) {
        assertThatThrownBy(() -> EventFilter.parse(text)).isInstanceOf(InvalidEventFilterException.class)
                .hasMessageContaining("filter");
    }

    @Test
    void theReasonNamesWhatIsWrong() {
        assertThatThrownBy(() -> EventFilter.parse("colour:red")).hasMessageContaining("unknown filter key 'colour'");
        assertThatThrownBy(() -> EventFilter.parse("type:Nonsense")).hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> EventFilter.parse("x".repeat(2_001))).hasMessageContaining("longer than");
    }
}
