package org.ctios.server.infrastructure.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.server.application.ApplyMetrics;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Event counts per type and the apply latency as MicroProfile Metrics ({@code /metrics}): counters
 * {@code ctios_events_received_total}, {@code ctios_events_applied_total} and {@code ctios_events_rolled_back_total}
 * tagged with the event type, and the timer {@code ctios_events_apply_latency_seconds}. Every counter is registered
 * at start, one per event type, so the hot path only looks one up in an unchanging map.
 */
@ApplicationScoped
public class MicroProfileApplyMetrics implements ApplyMetrics {

    private MetricRegistry registry;
    private Map<Class<?>, Counter> received;
    private Map<Class<?>, Counter> applied;
    private Map<Class<?>, Counter> rolledBack;
    private Timer latency;

    /** For the container's proxy. */
    protected MicroProfileApplyMetrics() {
    }

    @Inject
    public MicroProfileApplyMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    @PostConstruct
    void register() {
        received = countersPerType("ctios.events.received", "CTI events handed to the application");
        applied = countersPerType("ctios.events.applied", "CTI events whose transaction committed");
        rolledBack = countersPerType("ctios.events.rolled-back",
                "CTI events whose transaction rolled back (the adapter delivers them again)");
        latency = registry.timer(Metadata.builder().withName("ctios.events.apply-latency")
                .withDescription("From the connector reading an event off the socket to its commit")
                .withUnit(MetricUnits.SECONDS).build());
    }

    @Override
    public void received(CtiEvent event) {
        received.get(event.getClass()).inc();
    }

    @Override
    public void applied(CtiEvent event, Duration eventLatency) {
        applied.get(event.getClass()).inc();
        latency.update(eventLatency);
    }

    @Override
    public void rolledBack(CtiEvent event) {
        rolledBack.get(event.getClass()).inc();
    }

    private Map<Class<?>, Counter> countersPerType(String name, String description) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
        Map<Class<?>, Counter> counters = new HashMap<>();
        for (Class<?> type : concreteEventTypes()) {
            counters.put(type, registry.counter(metadata, new Tag("type", type.getSimpleName())));
        }
        return Map.copyOf(counters);
    }

    /** Every record the sealed CtiEvent hierarchy permits. */
    static Iterable<Class<?>> concreteEventTypes() {
        Deque<Class<?>> open = new ArrayDeque<>();
        open.add(CtiEvent.class);
        Deque<Class<?>> concrete = new ArrayDeque<>();
        while (!open.isEmpty()) {
            Class<?> type = open.poll();
            if (type.isSealed()) {
                open.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                concrete.add(type);
            }
        }
        return concrete;
    }
}
