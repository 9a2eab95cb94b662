package org.ctios.server.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.ctios.protocol.types.AgentState;

/** An agent as the object server knows it: identity on the ACD and current state. */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    @Column(name = "agent_id", length = 12)
    private String agentId;

    @Column(name = "extension", length = 16)
    private String extension;

    @Column(name = "instrument", length = 64)
    private String instrument;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private AgentState state;

    @Column(name = "reason_code", nullable = false)
    private int reasonCode;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Agent() {
        // for JPA
    }

    /** A newly seen agent, logged out until an event says otherwise. */
    public Agent(String agentId, Instant seenAt) {
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.state = AgentState.LOGOUT;
        this.stateSince = seenAt;
    }

    /**
     * Records a state reported by the CTI Server. The time in state restarts only when the state or the reason
     * changes, so a repeated report of the same state keeps it.
     */
    public void reportState(AgentState newState, int newReasonCode, Instant at) {
        if (newState != state || newReasonCode != reasonCode) {
            stateSince = at;
        }
        state = newState;
        reasonCode = newReasonCode;
    }

    /** Records the devices the agent is logged in on, when the event names them. */
    public void reportDevices(String newExtension, String newInstrument) {
        if (newExtension != null) {
            extension = newExtension;
        }
        if (newInstrument != null) {
            instrument = newInstrument;
        }
    }

    public String agentId() {
        return agentId;
    }

    public String extension() {
        return extension;
    }

    public String instrument() {
        return instrument;
    }

    public AgentState state() {
        return state;
    }

    public int reasonCode() {
        return reasonCode;
    }

    public Instant stateSince() {
        return stateSince;
    }
}
