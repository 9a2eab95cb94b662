package org.ctios.server.infrastructure.cluster;

import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The CTI link holder's lease, fenced by a token: an entry of the data grid's map that each new holder replaces
 * with a token one above its predecessor's, and that its holder renews by compare-and-set. A holder whose renewal
 * finds another token, or that could not renew for a whole lease (paused, cut off from the grid), has lost it; it
 * knows so from {@link #valid()}, a local check of a deadline measured on its own monotonic clock (no grid round
 * trip). Only durations are compared, never two servers' clocks: every new holder waits one lease after its own
 * takeover of the entry, which came after the predecessor's last renewal, so the predecessor's deadline has passed by
 * then. It waits even when the predecessor seems gone or to have stopped: a grid that healed from a split may show
 * an entry older than what a live holder wrote. Plain Java; only JDK strings cross the grid.
 */
final class LinkLease {

    static final String KEY = "lease";

    private final IMap<String, String> map;
    private final String member;
    private final Duration length;
    private final LongSupplier nanoTime;
    private volatile long token;
    private volatile long deadlineNanos;
    private volatile boolean held;
    private String written;
    private long renewals;

    /**
     * @param member   names this server in the entry (its data grid member), for whoever reads it
     * @param nanoTime a monotonic clock: {@link System#nanoTime()}
     */
    LinkLease(IMap<String, String> map, String member, Duration length, LongSupplier nanoTime) {
        this.map = map;
        this.member = member;
        this.length = length;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes the lease with the next token, whatever the previous holder does: its next renewal fails. Call with the
     * election's lock held; open the link only one lease (and a margin) later.
     *
     * @return the token taken
     */
    long acquire() {
        while (true) {
            String before = map.get(KEY);
            long next = before == null ? 1 : tokenOf(before) + 1;
            String mine = next + " " + member + " 0";
            long started = nanoTime.getAsLong();
            boolean won = before == null ? map.putIfAbsent(KEY, mine) == null : map.replace(KEY, before, mine);
            if (won) {
                synchronized (this) {
                    written = mine;
                    renewals = 0;
                    token = next;
                    deadlineNanos = started + length.toNanos();
                    held = true;
                }
                return next;
            }
        }
    }

    /**
     * Extends the lease by its length from now, if this server still holds it; false when it was not extended. The
     * lease is lost at once when another token took its place; when the grid does not answer, it stays until its
     * deadline, and a later renewal may still succeed.
     */
    synchronized boolean renew() {
        if (!held) {
            return false;
        }
        String next = token + " " + member + " " + (renewals + 1);
        long started = nanoTime.getAsLong();
        try {
            if (map.replace(KEY, written, next)) {
                written = next;
                renewals++;
                deadlineNanos = started + length.toNanos();
                return true;
            }
            held = false;
            return false;
        } catch (RuntimeException gridTrouble) {
            return false;
        }
    }

    /** Stops holding the lease here (the link is closed): {@link #valid()} is false from now on. */
    synchronized void drop() {
        held = false;
    }

    /** This server holds the lease now: taken, not lost, not released and not expired. */
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

    private static long tokenOf(String entry) {
        int space = entry.indexOf(' ');
        try {
            return Long.parseLong(space < 0 ? entry : entry.substring(0, space));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the data grid's CTI link lease is not one this server wrote: " + entry,
                    e);
        }
    }
}
