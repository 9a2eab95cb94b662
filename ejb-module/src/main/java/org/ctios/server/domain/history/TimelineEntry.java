package org.ctios.server.domain.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One event in a call's life, kept for its history: written as the event is applied, never changed. Its own row
 * rather than part of the call, so that recording an event is one insert, without reading the earlier ones.
 */
@Entity
@Immutable
@IdClass(TimelineEntry.Key.class)
@Table(name = "call_timeline")
public class TimelineEntry {

    /** The primary key: the call's key and the entry's number in its timeline. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String callKey;
        private int sequence;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.callKey.equals(callKey) && key.sequence == sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(callKey, sequence);
        }
    }

    @Id
    @Column(name = "call_key", length = 36)
    private String callKey;

    @Id
    @Column(name = "entry_number")
    private int sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "event_type", length = 32, nullable = false)
    private String eventType;

    @Column(name = "device_id", length = 64)
    private String deviceId;

    @Column(name = "detail", length = 255)
    private String detail;

    protected TimelineEntry() {
        // for JPA
    }

    public TimelineEntry(String callKey, int sequence, Instant at, String eventType, String deviceId,
                         String detail) {
        this.callKey = callKey;
        this.sequence = sequence;
        this.at = at;
        this.eventType = eventType;
        this.deviceId = deviceId;
        this.detail = detail == null || detail.length() <= 255 ? detail : detail.substring(0, 255);
    }

    public String callKey() {
        return callKey;
    }

    public int sequence() {
        return sequence;
    }

    public Instant at() {
        return at;
    }

    public String eventType() {
        return eventType;
    }

    public String deviceId() {
        return deviceId;
    }

    public String detail() {
        return detail;
    }
}
