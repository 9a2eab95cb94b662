package org.ctios.connector.api.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where an event stands in the CTI link's stream: {@code epoch} identifies the adapter run (it grows from one start
 * of the adapter to the next), {@code sequence} counts the events of that run in the order the CTI Server sent them.
 * Together they order any two events, which is how a consumer keeps a stale or replayed event from overwriting a
 * newer state.
 *
 * @param receivedAt when the adapter read the message the event comes from, to the microsecond: as finely as the
 *                   databases keep times, so that a time an application holds equals the one it reads back
 */
public record EventOrigin(long epoch, long sequence, Instant receivedAt) implements Comparable<EventOrigin> {

    public EventOrigin {
        receivedAt = receivedAt == null ? null : receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public int compareTo(EventOrigin other) {
        int byEpoch = Long.compare(epoch, other.epoch);
        return byEpoch != 0 ? byEpoch : Long.compare(sequence, other.sequence);
    }

    /** True when this event came after {@code other} in the link's stream. */
    public boolean isAfter(EventOrigin other) {
        return other == null || compareTo(other) > 0;
    }
}
