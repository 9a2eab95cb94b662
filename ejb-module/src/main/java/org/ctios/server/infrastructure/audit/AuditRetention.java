package org.ctios.server.infrastructure.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.application.audit.AuditRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the audit trail {@code ctios.audit.retention-days} days (default 90): every hour, the older entries are
 * deleted. Every server of a cluster does it; deleting what another already deleted costs nothing.
 */
@Singleton
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject
    private AuditRecords audit;

    @Inject
    @ConfigProperty(name = "ctios.audit.retention-days", defaultValue = "90")
    private int retentionDays;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void forgetOldEntries() {
        if (retentionDays < 1) {
            LOG.warning("ctios.audit.retention-days must be 1 or more, is " + retentionDays
                    + ": the audit trail is kept whole");
            return;
        }
        int deleted;
        try {
            deleted = audit.forgetBefore(Clock.systemUTC().instant().minus(Duration.ofDays(retentionDays)));
        } catch (ServerBusyException e) {
            LOG.info("audit trail: old entries not deleted now, the database is busy; next hour");
            return;
        }
        if (deleted > 0) {
            LOG.info("audit trail: " + deleted + " entries older than " + retentionDays + " days deleted");
        }
    }
}
