package org.ctios.connector.adapter.link;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the link up, one {@link LinkSession} after another: sides alternate A, B, A..., the other side at once after
 * a session that worked, then with growing delays ({@link RetryPolicy}). {@link #run()} is the link's whole life;
 * {@link #release()} ends it from any thread.
 */
final class LinkSupervisor {

    private static final Logger LOG = Logger.getLogger(LinkSupervisor.class.getName());

    private final CtiLink link;
    private final List<SideAddress> sides;
    private final RetryPolicy retries;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile LinkSession current;

    LinkSupervisor(CtiLink link, LinkSettings settings) {
        this.link = link;
        this.sides = settings.sides();
        this.retries = new RetryPolicy(settings.backoff(), sides.size(), new Random());
    }

    void run() {
        int sideIndex = 0;
        try {
            while (!isStopRequested()) {
                LinkSession session = new LinkSession(sides.get(sideIndex % sides.size()), link);
                current = session;
                String reason = "stopped";
                RetryPolicy.Outcome outcome = RetryPolicy.Outcome.FAILED;
                try {
                    session.run();
                } catch (IOException | RuntimeException e) {
                    reason = "side " + session.side() + ": " + e.getMessage();
                    if (!isStopRequested()) {
                        LOG.log(Level.WARNING, "CTI link " + reason, LOG.isLoggable(Level.FINE) ? e : null);
                    }
                } finally {
                    outcome = outcomeOf(session);
                    session.close(reason);
                    current = null;
                }
                sideIndex++;
                Duration delay = retries.after(outcome);
                if (!delay.isZero() && !isStopRequested()) {
                    LOG.info("CTI link: next attempt in " + delay.toMillis() + " ms on side "
                            + sides.get(sideIndex % sides.size()));
                }
                stopRequested.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private static RetryPolicy.Outcome outcomeOf(LinkSession session) {
        if (session.lastedAHeartbeat()) {
            return RetryPolicy.Outcome.STABLE;
        }
        if (session.opened() && session.servedASnapshot()) {
            return RetryPolicy.Outcome.SERVED_BRIEFLY;
        }
        return RetryPolicy.Outcome.FAILED;
    }

    /** The session being opened or open, or {@code null} between two. */
    LinkSession current() {
        return current;
    }

    boolean isStopRequested() {
        return stopRequested.getCount() == 0;
    }

    /**
     * Asks {@link #run()} to return, and returns at once. Closing the socket ends a read, a write or a connection
     * attempt in progress, and the wait before the next attempt ends too.
     */
    void release() {
        stopRequested.countDown();
        LinkSession session = current;
        if (session != null) {
            session.closeSocket();
        }
    }

    /** Waits for {@link #run()} to return; true when it did within the timeout. */
    boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }
}
