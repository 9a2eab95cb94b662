package org.ctios.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Times AgentState events from their {@code stateSince}, the moment the connector read the agent state event off the
 * socket, to now on the same machine's wall clock: what CTI OS adds after it has the event.
 */
final class StateSinceDelay implements EventDelay {

    private final Clock clock;

    StateSinceDelay(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long delayMicros(String name, String data) {
        if (!"AgentState".equals(name) || data == null) {
            return NOT_TIMED;
        }
        String since = EventDelay.firstText(data, "stateSince");
        if (since == null) {
            return NOT_TIMED;
        }
        try {
            return Duration.between(Instant.parse(since), clock.instant()).toNanos() / 1_000;
        } catch (DateTimeParseException notATime) {
            return NOT_TIMED;
        }
    }
}
