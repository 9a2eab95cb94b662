package org.ctios.server.api.view;

import java.time.Duration;
import java.time.Instant;

/**
 * What the application of events looked like over an interval.
 *
 * @param firstEventReceived when the connector read the earliest event committed in the interval, or null
 * @param lastCommit         when the latest commit of the interval happened, or null
 * @param eventsPerSecond    committed events over the busy time, firstEventReceived to lastCommit
 */
public record ApplyFigures(Instant since, Instant until, long committed, long rolledBack, Instant firstEventReceived,
                           Instant lastCommit, double eventsPerSecond, Duration p50, Duration p90, Duration p99,
                           Duration max) {
}
