package org.ctios.server.api.view;

import java.time.Instant;

/** One line of the audit trail, as recorded. */
public record AuditEntryView(long id, Instant at, String actor, String action, String agentId, Long callId,
                             String subject, int status, String outcome) {
}
