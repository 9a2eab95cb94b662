package org.ctios.server.api;

import java.time.Instant;
import org.ctios.server.api.view.AuditPage;

/**
 * The audit trail: every control request made on behalf of another agent and every administrative action, with
 * who asked, when, about which agent, call or account, and how it was answered. Stored in the database and kept
 * {@code ctios.audit.retention-days} days.
 */
public interface AuditTrail {

    /**
     * What one request did.
     *
     * @param agentId the agent acted on, if any
     * @param callId  the call acted on, if any
     * @param subject another subject (an account's name), if any
     * @param status  the HTTP status of the answer
     * @param outcome "ok" or the problem type of the answer
     */
    record Entry(Instant at, String actor, String action, String agentId, Long callId, String subject, int status,
                 String outcome) {
    }

    /**
     * What to look for; null fields match everything.
     *
     * @param from inclusive; {@code to} exclusive
     */
    record Filter(Instant from, Instant to, String actor, String agentId, Long callId) {
    }

    /** @throws ServerBusyException when the requests' share of the database is busy beyond its wait */
    void record(Entry entry);

    /** Entries matching the filter, newest first. */
    AuditPage page(Filter filter, int offset, int limit);
}
