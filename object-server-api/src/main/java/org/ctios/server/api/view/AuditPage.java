package org.ctios.server.api.view;

import java.util.List;

/** A page of the audit trail: its entries and how many match in all. */
public record AuditPage(List<AuditEntryView> entries, long total, int offset, int limit) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
