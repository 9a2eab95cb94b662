package org.ctios.web.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the request's resource method says it is doing, for the audit trail: written first thing in each control
 * and administrative operation (before the access check, so that a refusal is recorded too), read by
 * {@code security.AuditRecorder} once the answer is known.
 */
@RequestScoped
public class AuditNote {

    /** Whether the action concerns one agent (recorded when done on behalf of another) or administers the system. */
    public enum Kind { CONTROL, ADMINISTRATION }

    private Kind kind;
    private String action;
    private String agentId;
    private Long callId;
    private String subject;

    /** A control request on an agent (its state, a call it makes) or on a call (with the acting agent, if named). */
    public void control(String action, String agentId, Long callId) {
        note(Kind.CONTROL, action, agentId, callId, null);
    }

    /** An administrative action, recorded whoever asks; {@code subject} names what it changes (an account). */
    public void administration(String action, String subject) {
        note(Kind.ADMINISTRATION, action, null, null, subject);
    }

    private void note(Kind kind, String action, String agentId, Long callId, String subject) {
        this.kind = kind;
        this.action = action;
        this.agentId = agentId;
        this.callId = callId;
        this.subject = subject;
    }

    public boolean taken() {
        return kind != null;
    }

    public Kind kind() {
        return kind;
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
}
