package org.ctios.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.ctios.connector.api.LinkStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

class EventDeliveryLivenessTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    private final AtomicReference<LinkStatus> link = new AtomicReference<>(delivery(100, 0, 0));
    private final MovableClock clock = new MovableClock(T0);
    private final EventDeliveryLiveness liveness = new EventDeliveryLiveness(link::get, Duration.ofSeconds(60),
            clock);

    @Test
    void liveWhileNothingWaitsHoweverLongItIsQuiet() {
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofHours(2));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void liveWhileEventsWaitButDeliveriesKeepCompleting() {
        link.set(delivery(150, 50, 0));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(50));
        link.set(delivery(190, 70, 0));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(50));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void deadWhenEventsWaitAndNoDeliveryCompletedForLongerThanTheLimit() {
        link.set(delivery(150, 40, 10));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(61));

        HealthCheckResponse response = liveness.call();

        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("eventsWaiting", 40L).containsEntry("secondsWithoutDelivery", 61L));
    }

    /**
     * Waiting events are those queued: a count from received and delivered would be negative after a
     * resynchronisation (its snapshots are not received) or with two endpoints, and hide a stall.
     */
    @Test
    void deadWhenEventsWaitAndNoneIsDeliveredAlthoughMoreWereDeliveredThanReceived() {
        link.set(new LinkStatus(true, "A", T0, T0, 0, true, 64, 107, 0, false, null, false, 0, 43, 150, 1, 40, 0, 0));
        liveness.call();
        clock.advance(Duration.ofSeconds(61));

        assertThat(liveness.call().getStatus()).isEqualTo(Status.DOWN);
    }

    private static LinkStatus delivery(long delivered, int queued, long deadLetters) {
        return new LinkStatus(true, "A", T0, T0, 0, true, delivered, delivered, deadLetters, false, null, false,
                0, 0, delivered + queued + deadLetters, 1, queued, 0, 0);
    }
}
