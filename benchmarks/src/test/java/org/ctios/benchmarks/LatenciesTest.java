package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentiles by the nearest-rank rule, in milliseconds, from samples in microseconds. */
class LatenciesTest {

    @Test
    void givesTheNearestRankPercentilesAndTheMaximum() {
        Latencies latencies = new Latencies();
        for (int i = 100; i >= 1; i--) {
            latencies.add(i * 1_000L);
        }

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void aFewSamplesMakeTheirLargestTheP99() {
        Latencies latencies = new Latencies();
        latencies.addNanos(2_500_000);
        latencies.addNanos(1_000_000);
        latencies.addNanos(40_000_000);

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.p50Millis()).isEqualTo(2.5);
        assertThat(summary.p99Millis()).isEqualTo(40.0);
        assertThat(summary.maxMillis()).isEqualTo(40.0);
    }

    @Test
    void noSampleNoFigure() {
        assertThat(new Latencies().summary()).isEqualTo(new Latencies.Summary(0, 0, 0, 0));
        assertThat(Latencies.percentileMillis(new long[0], 0.99)).isZero();
    }
}
