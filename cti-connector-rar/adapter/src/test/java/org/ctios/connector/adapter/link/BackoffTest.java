package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 0);

        assertThat(IntStream.rangeClosed(1, 6).mapToObj(retry -> backoff.delay(retry, new Random(1)).toMillis()))
                .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
        assertThat(backoff.delay(10_000, new Random(1))).as("no overflow after many retries")
                .isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterSpreadsEachDelayWithinItsFraction() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2);
        Random random = new Random(7);

        var delays = IntStream.range(0, 1000).mapToObj(i -> backoff.delay(1, random).toMillis()).toList();

        assertThat(delays).allSatisfy(delay -> assertThat(delay).isBetween(800L, 1200L));
        assertThat(delays.stream().distinct().count()).as("delays differ").isGreaterThan(100);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
