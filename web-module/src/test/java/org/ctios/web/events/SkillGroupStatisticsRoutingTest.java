package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which streams a skill group's statistics reach. */
class SkillGroupStatisticsRoutingTest {

    private final EventRouting salesFigures = SkillGroupStatisticsEvents.routing("1");

    @Test
    void monitorFiltersByTypeAndSkillGroupLetThemThrough() {
        assertThat(EventFilter.everything().matches(salesFigures)).isTrue();
        assertThat(EventFilter.parse("type:SkillGroupStatistics").matches(salesFigures)).isTrue();
        assertThat(EventFilter.parse("type:SkillGroupStatistics,AgentState;skillGroup:1,2").matches(salesFigures))
                .isTrue();
        assertThat(EventFilter.parse("skillGroup:2").matches(salesFigures)).as("another group").isFalse();
        assertThat(EventFilter.parse("type:AgentState").matches(salesFigures)).as("another type").isFalse();
    }

    @Test
    void agentStreamsAndTeamKeysOfAMonitorFilterDoNotGetThem() {
        assertThat(EventFilter.agent("1001").matches(salesFigures)).isFalse();
        assertThat(EventFilter.parse("team:1").matches(salesFigures)).isFalse();
    }

    @Test
    void aTeamStreamGetsEverySkillGroupsStatistics() {
        for (String group : new String[] {"1", "2", "3", "999"}) {
            assertThat(EventFilter.team(1).matches(SkillGroupStatisticsEvents.routing(group))).as(group).isTrue();
        }
        assertThat(EventFilter.team(2).matches(salesFigures)).isTrue();
    }

    @Test
    void aTeamStreamLetsNoOtherEventWithoutItsTeamThrough() {
        assertThat(EventFilter.team(1).matches(new EventRouting("AgentState", Set.of("1026"),
                Set.of("2"), Set.of("1")))).isFalse();
    }
}
