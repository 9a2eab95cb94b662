package org.ctios.server.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** When a call reached each stage; each is the first time it did (a call queued twice was queued at the first). */
@Embeddable
public class CallMilestones {

    @Column(name = "begun_at", nullable = false)
    private Instant begunAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CallMilestones() {
        // for JPA
    }

    CallMilestones(Instant begunAt) {
        this.begunAt = begunAt;
    }

    /** A copy of its own, for a history record: an embedded value belongs to one entity. */
    public CallMilestones copy() {
        CallMilestones copy = new CallMilestones(begunAt);
        copy.queuedAt = queuedAt;
        copy.deliveredAt = deliveredAt;
        copy.answeredAt = answeredAt;
        return copy;
    }

    void queued(Instant at) {
        queuedAt = queuedAt != null ? queuedAt : at;
    }

    void delivered(Instant at) {
        deliveredAt = deliveredAt != null ? deliveredAt : at;
    }

    void answered(Instant at) {
        answeredAt = answeredAt != null ? answeredAt : at;
    }

    public Instant begunAt() {
        return begunAt;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
