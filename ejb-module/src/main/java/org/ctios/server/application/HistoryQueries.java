package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ctios.server.api.HistoryReads;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.HistoryPage;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;
import org.ctios.server.domain.history.CallHistory;

/**
 * The call history, read from the database (it is what happened, not live state): a page at a time, and one record
 * with its timeline.
 */
@ApplicationScoped
@RequestShare
@Transactional
public class HistoryQueries implements HistoryReads {

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

    @Override
    public HistoryPage page(Filter filter, int offset, int limit) {
        return page(new HistoryFilter(filter.from(), filter.to(), filter.agentId(), filter.ani(), filter.dnis(),
                filter.skillGroupNumber(), filter.wrapupReason(), filter.wrapupData()), offset, limit);
    }

    /** One ended call with its whole timeline. */
    @Override
    public Optional<CallRecordView> record(String callKey) {
        return history.find(callKey).map(record -> Views.record(record, history.timeline(callKey)));
    }
}
