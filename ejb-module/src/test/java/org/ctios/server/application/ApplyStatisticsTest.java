package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ctios.server.api.view.ApplyFigures;
import org.junit.jupiter.api.Test;

class ApplyStatisticsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private final ApplyStatistics statistics = new ApplyStatistics();

    @Test
    void rateCoversOnlyTheBusyTimeFromFirstEventReadToLastCommit() {
        // 100 events read one per 10 ms, each committed 2 ms later: 100 events over 0.992 s.
        for (int i = 0; i < 100; i++) {
            Instant read = T0.plusMillis(10L * i);
            statistics.committed(read, read.plusMillis(2));
        }

        ApplyFigures figures = statistics.figures(false);

        assertThat(figures.committed()).isEqualTo(100);
        assertThat(figures.firstEventReceived()).isEqualTo(T0);
        assertThat(figures.lastCommit()).isEqualTo(T0.plusMillis(992));
        assertThat(figures.eventsPerSecond()).isCloseTo(100 / 0.992, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void percentilesAreThoseOfTheRecordedLatencies() {
        for (int i = 1; i <= 100; i++) {
            statistics.committed(T0, T0.plusMillis(i));
        }
        statistics.rolledBack();

        ApplyFigures figures = statistics.figures(false);

        assertThat(figures.p50()).isBetween(Duration.ofMillis(50), Duration.ofMillis(51));
        assertThat(figures.p99()).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(figures.max()).isBetween(Duration.ofMillis(100), Duration.ofMillis(101));
        assertThat(figures.rolledBack()).isEqualTo(1);
    }

    @Test
    void resetClosesTheIntervalAndStartsAnEmptyOne() {
        statistics.committed(T0, T0.plusMillis(5));

        ApplyFigures closed = statistics.figures(true);
        ApplyFigures fresh = statistics.figures(false);

        assertThat(closed.committed()).isEqualTo(1);
        assertThat(fresh.committed()).isZero();
        assertThat(fresh.firstEventReceived()).isNull();
        assertThat(fresh.eventsPerSecond()).isZero();
        assertThat(fresh.p99()).isZero();
        assertThat(fresh.since()).isEqualTo(closed.until());
    }
}
