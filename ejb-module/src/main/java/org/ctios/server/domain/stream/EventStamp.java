package org.ctios.server.domain.stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The place in the CTI link's stream of the last event applied to an entity: the adapter run's epoch and the
 * event's sequence in it. An event at or before the stamp is a replay or a stale report and changes nothing.
 */
@Embeddable
public class EventStamp {

    @Column(name = "stamp_epoch", nullable = false)
    private long epoch;

    @Column(name = "stamp_sequence", nullable = false)
    private long sequence;

    protected EventStamp() {
        // for JPA; (0, 0) is before every event
    }

    private EventStamp(long epoch, long sequence) {
        this.epoch = epoch;
        this.sequence = sequence;
    }

    /** The place of the event numbered {@code sequence} in the adapter run {@code epoch}. */
    public static EventStamp of(long epoch, long sequence) {
        return new EventStamp(epoch, sequence);
    }

    public static EventStamp beforeAll() {
        return new EventStamp(0, 0);
    }

    /** True when the event at {@code other} came after the one this stamp records. */
    public boolean isBefore(EventStamp other) {
        return epoch != other.epoch ? epoch < other.epoch : sequence < other.sequence;
    }

    public long epoch() {
        return epoch;
    }

    public long sequence() {
        return sequence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventStamp stamp && stamp.epoch == epoch && stamp.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epoch) * 31 + Long.hashCode(sequence);
    }

    @Override
    public String toString() {
        return epoch + "#" + sequence;
    }
}
