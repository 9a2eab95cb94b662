package org.ctios.server.domain.audit;

import java.time.Instant;
import java.util.List;

/** The stored audit trail. */
public interface AuditLog {

    void add(AuditEntry entry);

    /** The entries matching the filter, newest first. */
    List<AuditEntry> search(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);

    /** @return how many entries recorded before {@code cutoff} were deleted */
    int deleteRecordedBefore(Instant cutoff);
}
