package org.ctios.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Bounded exponential backoff with jitter for reconnections: the n-th wait in a row is drawn from [d/2, d] with
 * d = min(first * 2^(n-1), max), so that many clients of a restarted server do not come back at the same instant and
 * none waits longer than {@code max}.
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;
    private int failures;

    /** @param random numbers in [0, 1): the jitter's source, a seam for tests */
    Backoff(Duration first, Duration max, DoubleSupplier random) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, was " + first + " and " + max);
        }
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The wait before the next attempt; each call counts one more failure. */
    synchronized Duration next() {
        long ceiling = first.toMillis();
        for (int i = 0; i < failures && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        failures++;
        return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
    }

    /** After a success: the next failure waits the shortest again. */
    synchronized void reset() {
        failures = 0;
    }
}
