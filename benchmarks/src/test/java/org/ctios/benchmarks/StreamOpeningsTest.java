package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the openings of a group of streams are summed up: in time, timed out, refused; times to the snapshot. */
class StreamOpeningsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static DesktopStream.Outcome opened(String name, long millis, int attempts, int snapshots) {
        return new DesktopStream.Outcome(name, millis * 1_000_000, attempts, 0, 10, snapshots, false, null);
    }

    @Test
    void streamsInTimeAreTimedTheOthersCountedByWhy() {
        StatusCounts statuses = new StatusCounts();
        statuses.add(200);
        statuses.add(503);
        List<DesktopStream.Outcome> outcomes = List.of(opened("a", 100, 1, 1), opened("b", 300, 2, 1),
                opened("c", 200, 1, 2),
                new DesktopStream.Outcome("late", 61_000_000_000L, 1, 0, 1, 1, false, null),
                new DesktopStream.Outcome("silent", -1, 1, 0, 0, 0, true, "no answer within PT1M"),
                new DesktopStream.Outcome("refused", -1, 1, 0, 0, 0, false, "404 unknown agent"));

        StreamOpenings openings = StreamOpenings.of(outcomes, statuses.counts(), DEADLINE);

        assertThat(openings.streams()).isEqualTo(6);
        assertThat(openings.opened()).isEqualTo(3);
        assertThat(openings.timedOut()).as("no snapshot, or one after the deadline").isEqualTo(2);
        assertThat(openings.refused()).isEqualTo(1);
        assertThat(openings.allOpened()).isFalse();
        assertThat(openings.toSnapshot()).isEqualTo(new Latencies.Summary(3, 200, 300, 300));
        assertThat(openings.attempts()).isEqualTo(7);
        assertThat(openings.restarted()).isEqualTo(1);
        assertThat(openings.statuses().unavailable()).isEqualTo(1);
        assertThat(openings.failures()).containsExactly("silent: no answer within PT1M",
                "refused: 404 unknown agent");
    }

    @Test
    void everyStreamInTime() {
        StreamOpenings openings = StreamOpenings.of(List.of(opened("a", 60_000, 1, 1)), new StatusCounts().counts(),
                DEADLINE);

        assertThat(openings.allOpened()).as("at the deadline itself still in time").isTrue();
        assertThat(openings.failures()).isEmpty();
    }

    @Test
    void aRetryAfterInSecondsIsHonouredAnHttpDateIsNot() {
        assertThat(DesktopStream.retryAfterMillis("5")).isEqualTo(5_000);
        assertThat(DesktopStream.retryAfterMillis(" 0 ")).isZero();
        assertThat(DesktopStream.retryAfterMillis("Wed, 21 Oct 2026 07:28:00 GMT")).isZero();
    }
}
