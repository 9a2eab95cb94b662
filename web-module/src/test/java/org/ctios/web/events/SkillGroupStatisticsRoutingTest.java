package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

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
    void agentStreamsAndTeamFiltersDoNotGetThem() {
        assertThat(EventFilter.agent("1001").matches(salesFigures)).isFalse();
        assertThat(EventFilter.parse("team:1").matches(salesFigures)).isFalse();
    }
}
