package org.ctios.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctios.connector.api.LinkStatus;
import org.ctios.server.api.CtiLink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless event delivery is stuck: deliveries are pending (queued or in delivery) and none has completed for
 * longer than {@code ctios.health.delivery-stall} (default 60 s). A link that is down is not a reason to restart the
 * server, so it does not count here; readiness covers it. {@code /health/live}.
 */
@Liveness
@ApplicationScoped
public class EventDeliveryLiveness implements HealthCheck {

    static final String NAME = "event-delivery";

    private Supplier<LinkStatus> linkStatus;
    private Duration stallLimit;
    private Clock clock;
    private long lastDelivered = -1;
    private Instant lastProgress;

    /** For the container's proxy. */
    protected EventDeliveryLiveness() {
    }

    @Inject
    public EventDeliveryLiveness(CtiLink control,
                                 @ConfigProperty(name = "ctios.health.delivery-stall", defaultValue = "PT60S")
                                 Duration stallLimit) {
        this(control::linkStatus, stallLimit, Clock.systemUTC());
    }

    EventDeliveryLiveness(Supplier<LinkStatus> linkStatus, Duration stallLimit, Clock clock) {
        this.linkStatus = linkStatus;
        this.stallLimit = stallLimit;
        this.clock = clock;
    }

    @Override
    public synchronized HealthCheckResponse call() {
        LinkStatus link = linkStatus.get();
        Instant now = clock.instant();
        // the queues, not received - delivered: a resynchronisation's snapshots and a second endpoint make more
        // deliveries than events received
        long waiting = link.eventsPending();
        if (link.eventsDelivered() != lastDelivered || waiting <= 0 || lastProgress == null) {
            lastDelivered = link.eventsDelivered();
            lastProgress = now;
        }
        Duration stalled = Duration.between(lastProgress, now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventsWaiting", Math.max(0, waiting));
        data.put("eventsDelivered", link.eventsDelivered());
        data.put("deadLetters", link.deadLetters());
        data.put("secondsWithoutDelivery", waiting <= 0 ? 0L : stalled.toSeconds());
        boolean live = waiting <= 0 || stalled.compareTo(stallLimit) <= 0;
        return new HealthCheckResponse(NAME, live ? Status.UP : Status.DOWN, Optional.of(data));
    }
}
