package org.ctios.server.domain.stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.ctios.connector.api.event.EventOrigin;

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

    public static EventStamp of(EventOrigin origin) {
        return new EventStamp(origin.epoch(), origin.sequence());
    }

    public static EventStamp beforeAll() {
        return new EventStamp(0, 0);
    }

    /** True when the event came after the one this stamp records. */
    public boolean isBefore(EventOrigin origin) {
        return epoch != origin.epoch() ? epoch < origin.epoch() : sequence < origin.sequence();
    }

    public long epoch() {
        return epoch;
    }

    public long sequence() {
        return sequence;
    }

    @Override
    public String toString() {
        return epoch + "#" + sequence;
    }
}
