package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.ctios.server.api.ApplyReadings;
import org.ctios.server.api.view.ApplyFigures;

/**
 * How event application performs: events committed and rolled back, and the latency from the moment the connector
 * read an event off the socket to the commit of its transaction, as percentiles. Recording is lock-free; readings
 * cover the interval since the last reset. The rate is taken over the busy part of the interval (first event read
 * to last commit), so that idle time before or after a burst does not dilute it.
 */
@ApplicationScoped
public class ApplyStatistics implements ApplyReadings {

    /** Latencies above a minute are clamped: they mean something else is wrong. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final LongAdder committed = new LongAdder();
    private final LongAdder rolledBack = new LongAdder();
    private final Recorder recorder = new Recorder(HIGHEST_MICROS, 3);
    private final Histogram sinceReset = new Histogram(HIGHEST_MICROS, 3);
    private final AtomicReference<Instant> firstReceived = new AtomicReference<>();
    private final AtomicReference<Instant> lastCommit = new AtomicReference<>();
    private Instant since = Instant.now();

    /** One event committed: read by the connector at {@code received}, committed at {@code commit}. */
    public void committed(Instant received, Instant commit) {
        committed.increment();
        long micros = Duration.between(received, commit).toNanos() / 1_000;
        recorder.recordValue(Math.max(0, Math.min(HIGHEST_MICROS, micros)));
        firstReceived.accumulateAndGet(received, ApplyStatistics::earlier);
        lastCommit.accumulateAndGet(commit, ApplyStatistics::later);
    }

    /** The events of one transaction, read by the connector at {@code received}, committed together. */
    public void committed(Instant[] received, Instant commit) {
        for (Instant each : received) {
            committed(each, commit);
        }
    }

    public void rolledBack() {
        rolledBack.add(1);
    }

    /** The events of one transaction that rolled back. */
    public void rolledBack(int events) {
        rolledBack.add(events);
    }

    /** The figures since the last reset; with {@code reset}, a new interval starts now. */
    @Override
    public synchronized ApplyFigures figures(boolean reset) {
        Instant now = Instant.now();
        sinceReset.add(recorder.getIntervalHistogram());
        long done = committed.sum();
        Instant first = firstReceived.get();
        Instant last = lastCommit.get();
        double rate = 0;
        if (first != null && last != null && last.isAfter(first)) {
            rate = done / (Duration.between(first, last).toNanos() / 1e9);
        }
        ApplyFigures figures = new ApplyFigures(since, now, done, rolledBack.sum(), first, last, rate, percentile(50),
                percentile(90), percentile(99), Duration.ofNanos(sinceReset.getMaxValue() * 1_000));
        if (reset) {
            committed.reset();
            rolledBack.reset();
            sinceReset.reset();
            firstReceived.set(null);
            lastCommit.set(null);
            since = now;
        }
        return figures;
    }

    private Duration percentile(double percentile) {
        return Duration.ofNanos(sinceReset.getValueAtPercentile(percentile) * 1_000);
    }

    private static Instant earlier(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static Instant later(Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
