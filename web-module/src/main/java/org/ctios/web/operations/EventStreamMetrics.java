package org.ctios.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ctios.web.events.EventStreams;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The live event streams as MicroProfile Metrics ({@code /metrics}): {@code ctios_event_streams_active} (a gauge)
 * and {@code ctios_event_streams_dropped_total} (a counter), registered when the application starts.
 */
@ApplicationScoped
public class EventStreamMetrics {

    private EventStreams streams;
    private MetricRegistry registry;

    /** For the container's proxy. */
    protected EventStreamMetrics() {
    }

    @Inject
    public EventStreamMetrics(EventStreams streams, MetricRegistry registry) {
        this.streams = streams;
        this.registry = registry;
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("ctios.event-streams.active")
                .withDescription("Live event streams open now").build(), streams, EventStreams::activeStreams);
        Counter dropped = registry.counter(Metadata.builder().withName("ctios.event-streams.dropped")
                .withDescription("Event streams closed because the client did not keep up: its queue filled, or "
                        + "it took no write for the stall timeout").build());
        dropped.inc(streams.droppedStreams());
        streams.onDrop(dropped::inc);
    }
}
