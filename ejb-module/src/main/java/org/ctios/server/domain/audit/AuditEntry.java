package org.ctios.server.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: an account acted on behalf of another agent, or administered the system. Written
 * once and never changed. Texts longer than their columns are shortened (marked with an ellipsis) rather than
 * refused: an action that happened is recorded, whatever a client named it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int NAME_LENGTH = 64;
    static final int AGENT_LENGTH = 12;
    static final int OUTCOME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "actor", length = NAME_LENGTH, nullable = false)
    private String actor;

    @Column(name = "action", length = NAME_LENGTH, nullable = false)
    private String action;

    @Column(name = "agent_id", length = AGENT_LENGTH)
    private String agentId;

    @Column(name = "call_id")
    private Long callId;

    @Column(name = "subject", length = NAME_LENGTH)
    private String subject;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "outcome", length = OUTCOME_LENGTH, nullable = false)
    private String outcome;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * @param agentId the agent acted on, if any
     * @param callId  the call acted on, if any
     * @param subject another subject (an account's name), if any
     * @param status  the HTTP status the request was answered with
     * @param outcome what the answer was: "ok" or the problem's type
     */
    public AuditEntry(Instant recordedAt, String actor, String action, String agentId, Long callId, String subject,
                      int status, String outcome) {
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.actor = shortened(Objects.requireNonNull(actor, "actor"), NAME_LENGTH);
        this.action = shortened(Objects.requireNonNull(action, "action"), NAME_LENGTH);
        this.agentId = agentId == null ? null : shortened(agentId, AGENT_LENGTH);
        this.callId = callId;
        this.subject = subject == null ? null : shortened(subject, NAME_LENGTH);
        this.status = status;
        this.outcome = shortened(Objects.requireNonNull(outcome, "outcome"), OUTCOME_LENGTH);
    }

    static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String agentId() {
        return agentId;
    }

    public Long callId() {
        return callId;
    }

    public String subject() {
        return subject;
    }

    public int status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }
}
