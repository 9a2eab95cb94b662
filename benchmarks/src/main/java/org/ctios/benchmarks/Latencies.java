package org.ctios.benchmarks;

import java.util.Arrays;

/**
 * Samples of a time, in microseconds, from any thread, and their percentiles by the nearest-rank rule (the smallest
 * sample with at least that share of the samples at or below it), the same rule as the stream clients' delays.
 * Bounded: beyond {@link #MAX_SAMPLES} samples are counted but not kept.
 */
final class Latencies {

    static final int MAX_SAMPLES = 1_000_000;

    /** Count and percentiles in milliseconds; all zero without a sample. */
    record Summary(long count, double p50Millis, double p99Millis, double maxMillis) {

        static final Summary NONE = new Summary(0, 0, 0, 0);
    }

    private long[] micros = new long[256];
    private int kept;
    private long count;

    synchronized void add(long sampleMicros) {
        count++;
        if (kept == MAX_SAMPLES) {
            return;
        }
        if (kept == micros.length) {
            micros = Arrays.copyOf(micros, Math.min(MAX_SAMPLES, kept * 2));
        }
        micros[kept++] = sampleMicros;
    }

    void addNanos(long nanos) {
        add(nanos / 1_000);
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(micros, kept);
        Arrays.sort(sorted);
        return summary(count, sorted);
    }

    static Summary summary(long count, long[] sortedMicros) {
        if (sortedMicros.length == 0) {
            return new Summary(count, 0, 0, 0);
        }
        return new Summary(count, percentileMillis(sortedMicros, 0.50), percentileMillis(sortedMicros, 0.99),
                sortedMicros[sortedMicros.length - 1] / 1000.0);
    }

    /** The nearest-rank percentile of sorted samples, in milliseconds; 0 without a sample. */
    static double percentileMillis(long[] sortedMicros, double share) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(share * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, index))] / 1000.0;
    }
}
