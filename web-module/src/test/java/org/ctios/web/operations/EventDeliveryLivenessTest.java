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

    private final AtomicReference<LinkStatus> link = new AtomicReference<>(delivery(100, 100, 0));
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
        link.set(delivery(200, 150, 0));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(50));
        link.set(delivery(260, 190, 0));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(50));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void deadWhenEventsWaitAndNoDeliveryCompletedForLongerThanTheLimit() {
        link.set(delivery(200, 150, 10));
        assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(61));

        HealthCheckResponse response = liveness.call();

        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("eventsWaiting", 40L).containsEntry("secondsWithoutDelivery", 61L));
    }

    private static LinkStatus delivery(long received, long delivered, long deadLetters) {
        return new LinkStatus(true, "A", T0, T0, 0, true, received, delivered, deadLetters, false, null, false);
    }
}
