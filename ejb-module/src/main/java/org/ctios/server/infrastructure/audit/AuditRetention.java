package org.ctios.server.infrastructure.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ctios.server.application.audit.AuditRecords;
import org.ctios.server.infrastructure.retention.RetentionRun;
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
        RetentionRun.run(LOG, "audit trail", "ctios.audit.retention-days", retentionDays, audit::forgetBefore);
    }
}
