package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.connector.adapter.link.RetryPolicy.Outcome.FAILED;
import static org.ctios.connector.adapter.link.RetryPolicy.Outcome.SERVED_BRIEFLY;
import static org.ctios.connector.adapter.link.RetryPolicy.Outcome.STABLE;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    /** 100 ms doubling to 30 s, without jitter, so delays are exact. */
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), 0);

    private final RetryPolicy duplex = new RetryPolicy(BACKOFF, 2, new Random(1));

    @Test
    void theOtherSideIsTriedAtOnceThenDelaysDouble() {
        assertThat(duplex.after(FAILED)).isZero();
        assertThat(duplex.after(FAILED)).isEqualTo(Duration.ofMillis(200));
        assertThat(duplex.after(FAILED)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aStableSessionLostFailsOverAtOnceWhateverCameBefore() {
        for (int i = 0; i < 12; i++) {
            duplex.after(FAILED);
        }

        assertThat(duplex.after(STABLE)).isZero();
        assertThat(duplex.after(FAILED)).as("the other side is down too").isZero();
        assertThat(duplex.after(FAILED)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aBriefSessionThatAnsweredItsSnapshotForgetsTheFailuresBeforeIt() {
        // The server was starting while the link retried: the delays had reached the maximum.
        for (int i = 0; i < 12; i++) {
            duplex.after(FAILED);
        }

        assertThat(duplex.after(SERVED_BRIEFLY)).as("fail over at once").isZero();
        assertThat(duplex.after(FAILED)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void brieflyServedSessionsInARowStillBackOff() {
        assertThat(duplex.after(SERVED_BRIEFLY)).isZero();
        assertThat(duplex.after(SERVED_BRIEFLY)).isEqualTo(Duration.ofMillis(200));
        assertThat(duplex.after(SERVED_BRIEFLY)).isEqualTo(Duration.ofMillis(400));
        assertThat(duplex.after(STABLE)).isZero();
        assertThat(duplex.after(SERVED_BRIEFLY)).isZero();
    }

    @Test
    void aSingleSideWaitsEvenBeforeItsFirstRetry() {
        RetryPolicy simplex = new RetryPolicy(BACKOFF, 1, new Random(1));

        assertThat(simplex.after(FAILED)).isEqualTo(Duration.ofMillis(100));
        assertThat(simplex.after(STABLE)).isZero();
    }
}
