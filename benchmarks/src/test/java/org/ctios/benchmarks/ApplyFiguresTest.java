package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApplyFiguresTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheStatisticsEndpointsAnswer() throws Exception {
        ApplyFigures figures = ApplyFigures.of(json.readTree("""
                {"since": "2026-12-01T10:00:00Z", "until": "2026-12-01T10:00:30.5Z", "committed": 100002,
                 "rolledBack": 3, "firstEventReceived": "2026-12-01T10:00:01.25Z",
                 "lastCommit": "2026-12-01T10:00:21.25Z", "eventsPerSecond": 5000.1,
                 "latencyMillis": {"p50": 1.5, "p90": 4, "p99": 12.25, "max": 80}}
                """));

        assertThat(figures.since()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(figures.committed()).isEqualTo(100_002);
        assertThat(figures.rolledBack()).isEqualTo(3);
        assertThat(figures.firstEventReceived()).isEqualTo(Instant.parse("2026-12-01T10:00:01.25Z"));
        assertThat(figures.eventsPerSecond()).isEqualTo(5000.1);
        assertThat(figures.p50Millis()).isEqualTo(1.5);
        assertThat(figures.p90Millis()).isEqualTo(4);
        assertThat(figures.p99Millis()).isEqualTo(12.25);
        assertThat(figures.maxMillis()).isEqualTo(80);
    }

    @Test
    void anIdleIntervalHasNoFirstEventNorLastCommit() throws Exception {
        ApplyFigures figures = ApplyFigures.of(json.readTree("""
                {"since": "2026-12-01T10:00:00Z", "until": "2026-12-01T10:00:01Z", "committed": 0, "rolledBack": 0,
                 "firstEventReceived": null, "lastCommit": null, "eventsPerSecond": 0,
                 "latencyMillis": {"p50": 0, "p90": 0, "p99": 0, "max": 0}}
                """));

        assertThat(figures.firstEventReceived()).isNull();
        assertThat(figures.lastCommit()).isNull();
        assertThat(figures.committed()).isZero();
    }

    @Test
    void refusesAnAnswerWithoutTheFigures() {
        assertThatThrownBy(() -> ApplyFigures.of(json.readTree("{\"committed\": 5}")))
                .hasMessageContaining("rolledBack");
    }
}
