package org.ctios.server.api;

import java.time.Instant;
import java.util.Optional;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.HistoryPage;

/** The call history, read from the database (what happened, not live state). */
public interface HistoryReads {

    /**
     * What to look for in the history; null fields match everything.
     *
     * @param from         inclusive; {@code to} exclusive
     * @param wrapupReason the code of the calls' wrap-up reason; {@code wrapupData} their wrap-up data, exactly
     */
    record Filter(Instant from, Instant to, String agentId, String ani, String dnis, Long skillGroupNumber,
                  String wrapupReason, String wrapupData) {

        /** Without the wrap-up criteria. */
        public Filter(Instant from, Instant to, String agentId, String ani, String dnis, Long skillGroupNumber) {
            this(from, to, agentId, ani, dnis, skillGroupNumber, null, null);
        }
    }

    /** Ended calls matching the filter, newest first, without their timelines. */
    HistoryPage page(Filter filter, int offset, int limit);

    /** One ended call with its whole timeline. */
    Optional<CallRecordView> record(String callKey);
}
