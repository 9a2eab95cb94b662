package org.ctios.server.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.server.application.ApplyMetrics;

/** Keeps what the application reported to monitoring, per event type. */
public final class RecordedApplyMetrics implements ApplyMetrics {

    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> applied = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> rolledBack = new ConcurrentHashMap<>();
    private final List<Duration> latencies = new ArrayList<>();

    @Override
    public void received(CtiEvent event) {
        count(received, event);
    }

    @Override
    public synchronized void applied(CtiEvent event, Duration latency) {
        count(applied, event);
        latencies.add(latency);
    }

    @Override
    public void rolledBack(CtiEvent event) {
        count(rolledBack, event);
    }

    public long received(String type) {
        return received.getOrDefault(type, new AtomicLong()).get();
    }

    public long applied(String type) {
        return applied.getOrDefault(type, new AtomicLong()).get();
    }

    public long rolledBack(String type) {
        return rolledBack.getOrDefault(type, new AtomicLong()).get();
    }

    public synchronized List<Duration> latencies() {
        return List.copyOf(latencies);
    }

    private static void count(Map<String, AtomicLong> counts, CtiEvent event) {
        counts.computeIfAbsent(event.getClass().getSimpleName(), type -> new AtomicLong()).incrementAndGet();
    }
}
