package org.ctios.server.domain.history;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.domain.stream.EventStamp;

/** The ended calls and their timelines: appended to, never changed. */
public interface CallHistory {

    void add(CallRecord record);

    Optional<CallRecord> find(String callKey);

    /** The latest record of a ConnectionCallID, if one was written (ids are reused over time). */
    Optional<CallRecord> latestOf(long callId);

    /**
     * For each of these ConnectionCallIDs with a record stamped in the adapter run {@code epoch} or later, the latest
     * such stamp: what {@link #latestOf} tells of a replayed event, for a whole batch of calls in one query (a record
     * of an earlier run is before every event of this one).
     */
    Map<Long, EventStamp> latestStampsSince(Collection<Long> callIds, long epoch);

    /** Records ended in {@code [from, to)}, newest first, matching the filter's non-null fields. */
    List<CallRecord> search(HistoryFilter filter, int offset, int limit);

    long count(HistoryFilter filter);

    /**
     * Sets the wrap-up of an ended call on its record: the one change a record takes after it is written. Not
     * checked here (see the application's wrap-up service); the record must exist.
     */
    void wrapUp(String callKey, WrapUp wrapUp);

    /** Whether a call of that agent ended after {@code endedAt}: the agent's next call closes a wrap-up. */
    boolean endedLaterFor(String agentId, Instant endedAt);

    void append(TimelineEntry entry);

    /** A call's timeline, in order. */
    List<TimelineEntry> timeline(String callKey);

    /**
     * What to look for in the history; null fields match everything.
     *
     * @param from inclusive; {@code to} exclusive
     */
    record HistoryFilter(Instant from, Instant to, String agentId, String ani, String dnis,
                         Long skillGroupNumber, String wrapupReason, String wrapupData) {

        /** Without the wrap-up criteria. */
        public HistoryFilter(Instant from, Instant to, String agentId, String ani, String dnis,
                             Long skillGroupNumber) {
            this(from, to, agentId, ani, dnis, skillGroupNumber, null, null);
        }
    }

    /**
     * An agent's wrap-up of an ended call.
     *
     * @param reason  the reason's code
     * @param data    the new wrap-up data, {@code ""} to clear it; null keeps the call's
     * @param agentId the agent it is set for
     */
    record WrapUp(String reason, String data, String agentId, Instant at) {
    }
}
