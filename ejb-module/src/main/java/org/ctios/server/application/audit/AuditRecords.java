package org.ctios.server.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.ctios.server.api.AuditTrail;
import org.ctios.server.api.view.AuditEntryView;
import org.ctios.server.api.view.AuditPage;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.domain.audit.AuditEntry;
import org.ctios.server.domain.audit.AuditFilter;
import org.ctios.server.domain.audit.AuditLog;

/**
 * The audit trail over the stored log. Each entry is written in a transaction of its own, so that it is kept
 * whatever happens to the request's; reads and writes run in the requests' bounded share of the pool, like the
 * history's.
 */
@ApplicationScoped
@RequestShare
public class AuditRecords implements AuditTrail {

    private AuditLog log;

    /** For the container's proxy. */
    protected AuditRecords() {
    }

    @Inject
    public AuditRecords(AuditLog log) {
        this.log = log;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Entry entry) {
        log.add(new AuditEntry(entry.at(), entry.actor(), entry.action(), entry.agentId(), entry.callId(),
                entry.subject(), entry.status(), entry.outcome()));
    }

    @Override
    @Transactional
    public AuditPage page(Filter filter, int offset, int limit) {
        AuditFilter stored = new AuditFilter(filter.from(), filter.to(), filter.actor(), filter.agentId(),
                filter.callId());
        return new AuditPage(log.search(stored, offset, limit).stream().map(AuditRecords::view).toList(),
                log.count(stored), offset, limit);
    }

    /** @return how many entries were older than the cutoff and deleted */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetBefore(Instant cutoff) {
        return log.deleteRecordedBefore(cutoff);
    }

    private static AuditEntryView view(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.recordedAt(), entry.actor(), entry.action(), entry.agentId(),
                entry.callId(), entry.subject(), entry.status(), entry.outcome());
    }
}
