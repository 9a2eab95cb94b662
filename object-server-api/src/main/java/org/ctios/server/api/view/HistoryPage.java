package org.ctios.server.api.view;

import java.util.List;

/** A page of the history: its records and how many match in all. */
public record HistoryPage(List<CallRecordView> records, long total, int offset, int limit) {
}
