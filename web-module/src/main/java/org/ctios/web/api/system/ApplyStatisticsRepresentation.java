package org.ctios.web.api.system;

import java.time.Duration;
import java.time.Instant;
import org.ctios.server.api.ApplyReadings;
import org.ctios.server.api.view.ApplyFigures;

/**
 * How fast the object server applies CTI events, over the interval since the last reset.
 *
 * @param eventsPerSecond committed events over the busy time, firstEventReceived to lastCommit
 * @param latencyMillis   from the connector reading an event off the socket to the commit of its transaction
 */
public record ApplyStatisticsRepresentation(Instant since, Instant until, long committed, long rolledBack,
                                            Instant firstEventReceived, Instant lastCommit, double eventsPerSecond,
                                            Latency latencyMillis) {

    /** Percentiles in milliseconds. */
    public record Latency(double p50, double p90, double p99, double max) {
    }

    static ApplyStatisticsRepresentation of(ApplyFigures figures) {
        return new ApplyStatisticsRepresentation(figures.since(), figures.until(), figures.committed(),
                figures.rolledBack(), figures.firstEventReceived(), figures.lastCommit(), figures.eventsPerSecond(),
                new Latency(millis(figures.p50()), millis(figures.p90()), millis(figures.p99()),
                        millis(figures.max())));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
