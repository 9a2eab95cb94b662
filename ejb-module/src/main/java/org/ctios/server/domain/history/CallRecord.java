package org.ctios.server.domain.history;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallDataValues;
import org.ctios.server.domain.call.CallMilestones;
import org.ctios.server.domain.call.RouterCallKey;
import org.ctios.server.domain.stream.EventStamp;
import org.hibernate.annotations.Immutable;

/**
 * An ended call, as CRM and reporting rely on it: written once when the call ends, and what happened on it never
 * changed. Its timeline (the call's events with their times) shares its {@link #callKey()}. The one later addition
 * is the agent's wrap-up (reason, wrap-up data, who and when), which {@link CallHistory#wrapUp} writes with a
 * statement of its own: the entity stays immutable, so that the records a batch of events writes are never
 * dirty-checked.
 */
@Entity
@Immutable
@Table(name = "call_record")
public class CallRecord {

    @Id
    @Column(name = "call_key", length = 36)
    private String callKey;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "call_type")
    private Integer callType;

    @Embedded
    private CallDataValues data;

    @Column(name = "skill_group_number")
    private Long skillGroupNumber;

    /** Null when the call was not routed. */
    @Embedded
    private RouterCallKey routerCallKey;

    @Embedded
    private CallMilestones milestones;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 24, nullable = false)
    private EndReason endReason;

    /** The call began before the application could see it (link down, or before it started). */
    @Column(name = "begun_unseen", nullable = false)
    private boolean begunUnseen;

    @ElementCollection
    @CollectionTable(name = "call_record_agent", joinColumns = @JoinColumn(name = "call_key"))
    @OrderColumn(name = "agent_position")
    @Column(name = "agent_id", length = 12)
    private List<String> agentIds = new ArrayList<>();

    @Column(name = "devices", length = 1000)
    private String devices;

    @Embedded
    private EventStamp stamp;

    /** The wrap-up reason's code, from the catalogue; null until the call is wrapped up. */
    @Column(name = "wrapup_reason", length = 32)
    private String wrapupReason;

    /** The agent the wrap-up was set for (by itself, or on its behalf). */
    @Column(name = "wrapup_agent_id", length = 12)
    private String wrapupAgentId;

    @Column(name = "wrapup_at")
    private Instant wrapupAt;

    protected CallRecord() {
        // for JPA
    }

    /** The record of a call that ends now, with the agents that were on it. */
    public static CallRecord of(Call call, List<String> agentIds, Instant endedAt, EndReason endReason) {
        CallRecord record = new CallRecord();
        record.callKey = call.callKey();
        record.callId = call.callId();
        record.callType = call.callType();
        record.data = call.data().copy();
        record.skillGroupNumber = call.skillGroupNumber();
        record.routerCallKey = call.routerCallKey() == null ? null : call.routerCallKey().copy();
        record.milestones = call.milestones().copy();
        record.endedAt = endedAt;
        record.endReason = endReason;
        record.begunUnseen = call.begunUnseen();
        record.agentIds = new ArrayList<>(agentIds);
        record.devices = String.join(",", call.involved());
        record.stamp = call.stamp();
        return record;
    }

    public String callKey() {
        return callKey;
    }

    public long callId() {
        return callId;
    }

    public Integer callType() {
        return callType;
    }

    /** Hibernate leaves an embedded value null when all its columns are: an empty call data then. */
    public CallDataValues data() {
        if (data == null) {
            data = new CallDataValues();
        }
        return data;
    }

    public Long skillGroupNumber() {
        return skillGroupNumber;
    }

    /** Null when the call was not routed. */
    public RouterCallKey routerCallKey() {
        return routerCallKey;
    }

    public CallMilestones milestones() {
        return milestones;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public EndReason endReason() {
        return endReason;
    }

    public boolean begunUnseen() {
        return begunUnseen;
    }

    public List<String> agentIds() {
        return List.copyOf(agentIds);
    }

    public List<String> devices() {
        return devices == null || devices.isEmpty() ? List.of() : List.of(devices.split(","));
    }

    /** Talk time: from the answer to the end; zero for a call never answered. */
    public Duration handleTime() {
        Instant answeredAt = milestones.answeredAt();
        return answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt);
    }

    public EventStamp stamp() {
        return stamp;
    }

    /** The wrap-up reason's code; null until the call is wrapped up. */
    public String wrapupReason() {
        return wrapupReason;
    }

    /** The agent the wrap-up was set for; null until the call is wrapped up. */
    public String wrapupAgentId() {
        return wrapupAgentId;
    }

    public Instant wrapupAt() {
        return wrapupAt;
    }
}
