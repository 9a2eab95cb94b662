package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;

/**
 * The call history, read from the database (it is what happened, not live state): a page at a time, and one record
 * with its timeline.
 */
@ApplicationScoped
@RequestShare
@Transactional
public class HistoryQueries {

    /** A page of the history: its records and how many match in all. */
    public record HistoryPage(List<CallRecordView> records, long total, int offset, int limit) {
    }

    private CallHistory history;

    /** For the container's proxy. */
    protected HistoryQueries() {
    }

    @Inject
    public HistoryQueries(CallHistory history) {
        this.history = history;
    }

    /** Ended calls matching the filter, newest first, without their timelines. */
    public HistoryPage page(HistoryFilter filter, int offset, int limit) {
        List<CallRecordView> records = history.search(filter, offset, limit).stream()
                .map(record -> Views.record(record, List.of())).toList();
        return new HistoryPage(records, history.count(filter), offset, limit);
    }

    /** One ended call with its whole timeline. */
    public Optional<CallRecordView> record(String callKey) {
        return history.find(callKey).map(record -> Views.record(record, history.timeline(callKey)));
    }
}
