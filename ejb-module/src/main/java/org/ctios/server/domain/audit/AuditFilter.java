package org.ctios.server.domain.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; null fields match everything.
 *
 * @param from inclusive; {@code to} exclusive
 */
public record AuditFilter(Instant from, Instant to, String actor, String agentId, Long callId) {
}
