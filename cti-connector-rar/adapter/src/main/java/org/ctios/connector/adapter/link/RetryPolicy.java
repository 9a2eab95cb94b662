package org.ctios.connector.adapter.link;

import java.time.Duration;
import java.util.Random;

/**
 * How long the link waits before its next connection attempt, from how the last attempt ended. After a session
 * that worked, the other side is tried at once, as a CTI OS server fails over; after failures, the delays grow.
 * A server that drops every session as soon as it opens must not be hammered, so a session that ended early counts
 * as a failure, unless it answered a whole snapshot: such a server is serving, and the failures before it (while
 * it was starting, say) no longer count, only the brief sessions in a row do.
 */
final class RetryPolicy {

    /** How an attempt ended. */
    enum Outcome {
        /** No session, or one that ended before it lasted a heartbeat interval or answered a snapshot. */
        FAILED,
        /** The session answered a whole snapshot, then ended before a heartbeat interval. */
        SERVED_BRIEFLY,
        /** The session lasted at least a heartbeat interval. */
        STABLE
    }

    private final Backoff backoff;
    private final boolean twoSides;
    private final Random jitter;
    private int retry;
    private int briefSessions;

    RetryPolicy(Backoff backoff, int sides, Random jitter) {
        this.backoff = backoff;
        this.twoSides = sides > 1;
        this.jitter = jitter;
    }

    /** The delay before the next attempt, which goes to the other side when there is one. */
    Duration after(Outcome outcome) {
        switch (outcome) {
            case STABLE -> {
                retry = 0;
                briefSessions = 0;
                return Duration.ZERO;
            }
            case SERVED_BRIEFLY -> retry = ++briefSessions;
            default -> retry++;
        }
        return twoSides && retry == 1 ? Duration.ZERO : backoff.delay(retry, jitter);
    }
}
