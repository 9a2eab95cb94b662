package org.ctios.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a group of event streams opened: how many had their snapshot within the deadline, the time from each first
 * request to its snapshot, and every answer the server gave on the way (retries included).
 *
 * @param streams    streams the desktops opened
 * @param opened     with their snapshot within the deadline
 * @param timedOut   without a snapshot within the deadline (given up then)
 * @param refused    given up on an answer retrying cannot change (400, 401, 403, 404, 406)
 * @param toSnapshot from the first request to the snapshot event read in full, over the streams opened
 * @param attempts   requests sent, retries included
 * @param statuses   the answers to them by status
 * @param reconnects streams that were open, ended and were opened again
 * @param restarted  streams that got another snapshot later (the server sent them back to a snapshot)
 * @param failures   a few of the reasons streams did not open, for the log and the report
 */
record StreamOpenings(int streams, int opened, int timedOut, int refused, Latencies.Summary toSnapshot,
                      long attempts, StatusCounts.Counts statuses, long reconnects, long restarted,
                      List<String> failures) {

    static final int FAILURES_KEPT = 5;

    static StreamOpenings of(List<DesktopStream.Outcome> outcomes, StatusCounts.Counts statuses, Duration deadline) {
        long[] toSnapshot = outcomes.stream().mapToLong(DesktopStream.Outcome::timeToSnapshotNanos)
                .filter(nanos -> nanos >= 0 && nanos <= deadline.toNanos()).map(nanos -> nanos / 1_000).toArray();
        Arrays.sort(toSnapshot);
        int opened = toSnapshot.length;
        int timedOut = (int) outcomes.stream().filter(o -> o.timeToSnapshotNanos() < 0 ? o.timedOut()
                : o.timeToSnapshotNanos() > deadline.toNanos()).count();
        int refused = outcomes.size() - opened - timedOut;
        List<String> failures = outcomes.stream().filter(o -> o.timeToSnapshotNanos() < 0)
                .map(o -> o.name() + ": " + Objects.requireNonNullElse(o.failure(), "no snapshot"))
                .limit(FAILURES_KEPT).toList();
        return new StreamOpenings(outcomes.size(), opened, timedOut, refused,
                Latencies.summary(toSnapshot.length, toSnapshot),
                outcomes.stream().mapToLong(DesktopStream.Outcome::attempts).sum(), statuses,
                outcomes.stream().mapToLong(DesktopStream.Outcome::reconnects).sum(),
                outcomes.stream().filter(o -> o.snapshots() > 1).count(), failures);
    }

    /** Every stream had its snapshot within the deadline. */
    boolean allOpened() {
        return opened == streams;
    }
}
