package org.ctios.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static List<Long> waits(Backoff backoff, int count) {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waits.add(backoff.next().toMillis());
        }
        return waits;
    }

    @Test
    void eachFailureDoublesTheCeilingUpToTheLongestWait() {
        Backoff highest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.999_999);
        assertThat(waits(highest, 8)).containsExactly(999L, 1999L, 3999L, 7999L, 15999L, 29999L, 29999L, 29999L);
        Backoff lowest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0);
        assertThat(waits(lowest, 7)).containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 15000L, 15000L);
    }

    @Test
    void aSuccessStartsOverFromTheFirstWait() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.999_999);
        waits(backoff, 5);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(99));
    }

    @Test
    void manyFailuresNeverOverflowPastTheLongestWait() {
        Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofMinutes(5), () -> 0.999_999);
        assertThat(waits(backoff, 10_000)).allSatisfy(wait -> assertThat(wait).isBetween(0L, 300_000L));
    }

    @Test
    void aLongestWaitBelowTheFirstIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
