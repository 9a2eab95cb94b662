package org.ctios.server.domain.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.stream.EventStamp;

/**
 * One state an agent entered, with its reason and when: a line of the agent's timeline, the state lasting until the
 * next line. Keyed by the agent and the stamp of the event that reported it, which is unique per agent (an agent
 * applies only events after its stamp) and known before the insert, so the rows of a batch of events are inserted
 * together at the commit without asking the database for ids. Written once, never updated.
 */
@Entity
@Table(name = "agent_state_history")
public class AgentStateEntry {

    @EmbeddedId
    private AgentStateEntryKey key;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private AgentState state;

    @Column(name = "reason_code", nullable = false)
    private int reasonCode;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected AgentStateEntry() {
        // for JPA
    }

    public AgentStateEntry(String agentId, EventStamp stamp, AgentState state, int reasonCode, Instant enteredAt) {
        this.key = new AgentStateEntryKey(agentId, stamp.epoch(), stamp.sequence());
        this.state = Objects.requireNonNull(state, "state");
        this.reasonCode = reasonCode;
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
    }

    public String agentId() {
        return key.agentId();
    }

    public AgentState state() {
        return state;
    }

    public int reasonCode() {
        return reasonCode;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    @Override
    public String toString() {
        return "AgentStateEntry[" + key.agentId() + " " + state + "/" + reasonCode + " at " + enteredAt + "]";
    }
}
