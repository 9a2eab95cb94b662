package org.ctios.web.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.server.api.view.SkillGroupSwitchReading;
import org.junit.jupiter.api.Test;

/** The switch's figures under plain names, unknown ones null, means only of something counted, with their age. */
class SwitchSkillGroupFiguresRepresentationTest {

    private static final Instant READ_AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final Duration REFRESH = Duration.ofSeconds(10);

    @Test
    void theSwitchsFiguresKeepTheirMeaningAndAge() {
        SkillGroupStatistics figures = SkillGroupStatistics.of(Map.of(
                SkillGroupStatistic.AGENTS_LOGGED_ON, 5L, SkillGroupStatistic.AGENTS_TALKING_IN, 2L,
                SkillGroupStatistic.AGENTS_TALKING_OUT, 1L, SkillGroupStatistic.AGENTS_WORK_READY, 1L,
                SkillGroupStatistic.AGENTS_WORK_NOT_READY, 1L, SkillGroupStatistic.CALLS_QUEUE_NOW, 3L,
                SkillGroupStatistic.LONGEST_CALL_QUEUE_NOW, 42L, SkillGroupStatistic.HANDLED_CALLS_TODAY, 4L,
                SkillGroupStatistic.HANDLED_CALLS_TALK_TIME_TODAY, 600L,
                SkillGroupStatistic.CALLS_QUEUE_TIME_TODAY, SkillGroupStatistics.UNKNOWN));

        SwitchSkillGroupFiguresRepresentation shown = SwitchSkillGroupFiguresRepresentation.of(
                new SkillGroupSwitchReading(1, READ_AT, figures, null), REFRESH, READ_AT.plusSeconds(7));

        assertThat(shown.ageSeconds()).isEqualTo(7);
        assertThat(shown.refreshSeconds()).isEqualTo(10);
        assertThat(shown.unavailable()).isNull();
        assertThat(shown.agentsLoggedIn()).isEqualTo(5);
        assertThat(shown.agentsTalking()).as("in, out and other").isEqualTo(3);
        assertThat(shown.agentsWrapUp()).as("work ready and not ready").isEqualTo(2);
        assertThat(shown.callsInQueue()).isEqualTo(3);
        assertThat(shown.longestInQueueSeconds()).isEqualTo(42);
        assertThat(shown.callsHandledToday()).isEqualTo(4);
        assertThat(shown.averageTalkSecondsToday()).isEqualTo(150.0);
        assertThat(shown.queueSecondsToday()).as("unknown to the switch").isNull();
        assertThat(shown.averageQueueSecondsToday()).as("no mean of an unknown total").isNull();
        assertThat(shown.callsQueuedToday()).isZero();
    }

    @Test
    void aReadingWithoutFiguresSaysWhyAndShowsNone() {
        SwitchSkillGroupFiguresRepresentation shown = SwitchSkillGroupFiguresRepresentation.of(
                new SkillGroupSwitchReading(1, READ_AT, null, "the CTI link is down"), REFRESH, READ_AT);

        assertThat(shown.unavailable()).isEqualTo("the CTI link is down");
        assertThat(shown.callsInQueue()).isNull();
        assertThat(shown.callsHandledToday()).isNull();
    }
}
