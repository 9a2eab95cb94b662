package org.ctios.server.application.skillgroupstatistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.server.api.view.SkillGroupSwitchReading;
import org.junit.jupiter.api.Test;

/** Only known groups are asked for, a refusal is a reading that says why, and the last reading costs no query. */
class SkillGroupSwitchFiguresServiceTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private final AtomicInteger queries = new AtomicInteger();

    private SkillGroupSwitchFiguresService service() {
        return new SkillGroupSwitchFiguresService(number -> number == 1 || number == 2, number -> {
            queries.incrementAndGet();
            if (number == 2) {
                throw new IllegalStateException("INVALID_SKILL_GROUP_SPECIFIED");
            }
            return SkillGroupStatistics.of(Map.of(SkillGroupStatistic.CALLS_QUEUE_NOW, 3L));
        }, INTERVAL, Duration.ofSeconds(1), () -> NOW);
    }

    @Test
    void aKnownGroupIsReadOnceWithinTheInterval() {
        SkillGroupSwitchFiguresService service = service();

        SkillGroupSwitchReading reading = service.read(1).orElseThrow();
        service.read(1);

        assertThat(reading.figures().get(SkillGroupStatistic.CALLS_QUEUE_NOW)).isEqualTo(3);
        assertThat(reading.readAt()).isEqualTo(NOW);
        assertThat(reading.unavailable()).isNull();
        assertThat(queries).hasValue(1);
        assertThat(service.lastRead(1)).contains(reading);
        assertThat(queries).hasValue(1);
    }

    @Test
    void anUnknownGroupIsNeverAskedFor() {
        SkillGroupSwitchFiguresService service = service();

        assertThat(service.read(99)).isEmpty();
        assertThat(service.lastRead(99)).isEmpty();
        assertThat(queries).hasValue(0);
    }

    @Test
    void aRefusalIsAReadingThatSaysWhy() {
        SkillGroupSwitchReading reading = service().read(2).orElseThrow();

        assertThat(reading.figures()).isNull();
        assertThat(reading.unavailable()).isEqualTo("INVALID_SKILL_GROUP_SPECIFIED");
    }
}
