package org.ctios.server.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The ICM router's key of a routed call (day and call id), which ties the call to the router's own reports. */
@Embeddable
public class RouterCallKey {

    @Column(name = "router_call_key_day")
    private Long day;

    @Column(name = "router_call_key_call_id")
    private Long callId;

    protected RouterCallKey() {
        // for JPA
    }

    public RouterCallKey(long day, long callId) {
        this.day = day;
        this.callId = callId;
    }

    /** A copy of its own, for a history record: an embedded value belongs to one entity. */
    public RouterCallKey copy() {
        return new RouterCallKey(day, callId);
    }

    public long day() {
        return day;
    }

    public long callId() {
        return callId;
    }
}
