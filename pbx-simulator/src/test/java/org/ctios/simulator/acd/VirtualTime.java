package org.ctios.simulator.acd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/** A clock and a scheduler on simulated time: {@link #advance(Duration)} runs what falls due, in order, at once. */
final class VirtualTime extends Clock implements Scheduler {

    private record Due(Instant at, long order, Runnable action) {
    }

    private final PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
            ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
    private Instant now = Instant.parse("2026-11-28T09:00:00Z");
    private long order;

    @Override
    public void schedule(Duration delay, Runnable action) {
        queue.add(new Due(now.plus(delay), order++, action));
    }

    /** Moves time forward, running every action due on the way at its own moment. */
    void advance(Duration duration) {
        Instant end = now.plus(duration);
        while (!queue.isEmpty() && !queue.peek().at().isAfter(end)) {
            Due due = queue.poll();
            now = due.at();
            due.action().run();
        }
        now = end;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
