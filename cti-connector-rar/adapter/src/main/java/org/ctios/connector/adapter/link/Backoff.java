package org.ctios.connector.adapter.link;

import java.time.Duration;
import java.util.Random;

/**
 * Delays between connection attempts: the first retry waits {@code initial}, each further one twice as long up to
 * {@code maximum}, and every delay is spread by up to ±{@code jitter} (a fraction) so that many clients losing the
 * same server do not come back in step.
 */
public record Backoff(Duration initial, Duration maximum, double jitter) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || maximum.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= maximum, got " + initial + " and "
                    + maximum);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry, Random random) {
        long base = initial.toMillis() << Math.min(Math.max(retry - 1, 0), 20);
        long capped = Math.min(base, maximum.toMillis());
        double spread = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(capped * spread)));
    }
}
