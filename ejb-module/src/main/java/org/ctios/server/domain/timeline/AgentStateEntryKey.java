package org.ctios.server.domain.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A timeline line's key: the agent and the place in the CTI link's stream of the event that reported it. */
@Embeddable
public class AgentStateEntryKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "agent_id", length = 12, nullable = false)
    private String agentId;

    @Column(name = "stamp_epoch", nullable = false)
    private long epoch;

    @Column(name = "stamp_sequence", nullable = false)
    private long sequence;

    protected AgentStateEntryKey() {
        // for JPA
    }

    AgentStateEntryKey(String agentId, long epoch, long sequence) {
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.epoch = epoch;
        this.sequence = sequence;
    }

    String agentId() {
        return agentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentStateEntryKey key && key.agentId.equals(agentId) && key.epoch == epoch
                && key.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentId, epoch, sequence);
    }
}
