package org.ctios.web.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides when a skill group's statistics are sent: at most once per interval per skill group. A change to a group
 * not sent within the last interval is due at once; changes after that are coalesced and due when the interval
 * since the last sending has passed, so the last change is always sent, at most one interval late. Plain Java with
 * the time passed in (milliseconds of any monotonic clock); thread-safe.
 */
final class StatisticsThrottle {

    private final long intervalMillis;
    private final int maxGroups;
    private final Set<Long> changed = new LinkedHashSet<>();
    /** When each group was last due; entries older than the interval no longer hold anything back. */
    private final Map<Long, Long> lastDue = new HashMap<>();
    private boolean overflowed;

    /**
     * @param maxGroups how many skill groups it keeps track of; changes to more are dropped (and
     *                  {@link #overflowed()} says so once)
     */
    StatisticsThrottle(Duration interval, int maxGroups) {
        if (interval.isNegative() || interval.isZero() || maxGroups < 1) {
            throw new IllegalArgumentException("the interval and the number of groups must be positive: " + interval
                    + ", " + maxGroups);
        }
        this.intervalMillis = interval.toMillis();
        this.maxGroups = maxGroups;
    }

    /** These groups' statistics may have changed. */
    synchronized void changed(Collection<Long> groups) {
        for (Long group : groups) {
            if (changed.contains(group) || changed.size() < maxGroups) {
                changed.add(group);
            } else {
                overflowed = true;
            }
        }
    }

    /** The groups whose statistics are to be sent now, in order of number; each counts as sent from {@code now}. */
    synchronized Set<Long> due(long nowMillis) {
        Set<Long> due = new TreeSet<>();
        for (Iterator<Long> pending = changed.iterator(); pending.hasNext(); ) {
            Long group = pending.next();
            Long last = lastDue.get(group);
            if (last == null || nowMillis - last >= intervalMillis) {
                due.add(group);
                pending.remove();
            }
        }
        lastDue.values().removeIf(last -> nowMillis - last >= intervalMillis);
        due.forEach(group -> lastDue.put(group, nowMillis));
        return due;
    }

    /** Drops the pending changes (nobody listens). */
    synchronized void forgetChanges() {
        changed.clear();
    }

    /** Whether changes were dropped since the last call, because more than the limit of groups were pending. */
    synchronized boolean overflowed() {
        boolean was = overflowed;
        overflowed = false;
        return was;
    }
}
