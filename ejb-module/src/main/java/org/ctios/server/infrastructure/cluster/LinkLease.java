package org.ctios.server.infrastructure.cluster;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's hold on the CTI link's lease, a row of the shared database ({@link LeaseTable}) that each new holder
 * takes with a token one above its predecessor's and renews by compare-and-set. A holder whose renewal finds another
 * token has lost the lease; one that could not renew for a whole lease (paused, cut off from the database) has lost
 * it too, and knows so from {@link #valid()}: a local check of a deadline measured on its own monotonic clock, no
 * round trip. Only durations are compared, never two servers' clocks: a successor takes the lease only when it has
 * seen the renewal count stand still for a whole lease (and a margin) on its own clock, so the predecessor's
 * deadline, counted from a renewal that came before, has passed by then.
 */
final class LinkLease {

    private static final Logger LOG = Logger.getLogger(LinkLease.class.getName());

    private final LeaseTable table;
    private final String member;
    private final String url;
    private final Duration length;
    private final LongSupplier nanoTime;
    private volatile long token;
    private volatile long deadlineNanos;
    private volatile boolean held;

    /**
     * @param member   names this server in the row (its data grid member)
     * @param url      where this server takes forwarded control requests, for the row
     * @param nanoTime a monotonic clock: {@link System#nanoTime()}
     */
    LinkLease(LeaseTable table, String member, String url, Duration length, LongSupplier nanoTime) {
        this.table = table;
        this.member = member;
        this.url = url;
        this.length = length;
        this.nanoTime = nanoTime;
    }

    /** The row as it is now. */
    LeaseTable.Row observe() throws SQLException {
        return table.read();
    }

    /**
     * Takes the lease with the next token if the row is still as {@code seen}.
     *
     * @return whether it was taken
     */
    synchronized boolean take(LeaseTable.Row seen) throws SQLException {
        long started = nanoTime.getAsLong();
        if (!table.take(seen, member, url)) {
            return false;
        }
        token = seen.token() + 1;
        deadlineNanos = started + length.toNanos();
        held = true;
        return true;
    }

    /**
     * Extends the lease by its length from the renewal's start, if this server still holds it; false when it was not
     * extended. The lease is lost at once when another token took its place; when the database does not answer, it
     * stays until its deadline, and a later renewal may still succeed.
     */
    synchronized boolean renew() {
        if (!held) {
            return false;
        }
        long started = nanoTime.getAsLong();
        try {
            if (table.renew(token, member)) {
                deadlineNanos = started + length.toNanos();
                return true;
            }
            held = false;
            return false;
        } catch (SQLException | RuntimeException databaseTrouble) {
            LOG.log(Level.FINE, "the CTI link's lease could not be renewed now", databaseTrouble);
            return false;
        }
    }

    /**
     * Stops holding the lease here, once the link is closed, and gives it back if it is still this server's, so
     * that another server may take it at once: {@link #valid()} is false from now on.
     */
    synchronized void drop() {
        boolean wasHeld = held;
        held = false;
        if (token == 0) {
            return;
        }
        try {
            table.release(token, member);
        } catch (SQLException | RuntimeException databaseTrouble) {
            // Then the others take it once they have seen it unrenewed for a lease.
            LOG.log(wasHeld ? Level.WARNING : Level.FINE, "the CTI link's lease could not be given back", databaseTrouble);
        }
    }

    /** This server holds the lease now: taken, not lost, not given back and not expired. */
    boolean valid() {
        return held && nanoTime.getAsLong() - deadlineNanos < 0;
    }

    /** Nanoseconds left before the lease expires unless renewed (negative once expired). */
    long nanosLeft() {
        return deadlineNanos - nanoTime.getAsLong();
    }

    /** The token of this server's lease, the latest it took (0 before the first). */
    long token() {
        return token;
    }

    Duration length() {
        return length;
    }

    String member() {
        return member;
    }
}
