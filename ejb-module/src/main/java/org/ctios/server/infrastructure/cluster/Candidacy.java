package org.ctios.server.infrastructure.cluster;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One server's candidacy for the CTI link, the body of its election thread. It watches the lease's row in the shared
 * database and takes the lease (compare-and-set, the next token) when nobody holds it, or when the holder has not
 * renewed it for a whole lease and a margin on this server's clock: then the holder's own deadline has passed and it
 * writes no more, so this server takes the link over at once. It renews the lease until it {@link #withdraw()}s. A
 * winner whose takeover fails gives the lease back and stands aside for a while. A holder that loses its lease
 * (paused past it, cut off from the database, or replaced) closes its link at once and stands aside likewise before it
 * stands again. Plain Java: the lease and what taking over and closing mean are given.
 *
 * <p>Why the database and not the data grid's lock: the grid can split and heal. A holder paused past its lease came
 * back in a grid of its own, won that grid's lock, and the merge could end the live holder's lease, leaving seconds in
 * which no server held the link and calls began and ended unseen. The database is one truth for every server.
 */
final class Candidacy implements Runnable {

    private static final Logger LOG = Logger.getLogger(Candidacy.class.getName());
    /** How often a holder looks whether it was withdrawn or lost its lease, beside being told. */
    private static final long WATCH_MILLIS = 20;

    /**
     * How the holder is fenced.
     *
     * @param lease      the lease this server takes when elected
     * @param renewEvery how often the holder renews it; a candidate reads the row four times as often
     * @param margin     added to the lease a successor waits: the predecessor's clock may run a little slow
     * @param threads    makes the lease keeper's thread
     * @param closeLink  closes the link at once; must not throw
     */
    record Fencing(LinkLease lease, Duration renewEvery, Duration margin, ThreadFactory threads, Runnable closeLink) {
    }

    private final Runnable takeOver;
    private final Duration standAside;
    private final Fencing fencing;
    private final LongSupplier nanoTime;
    private final CountDownLatch withdrawn = new CountDownLatch(1);
    /** Of the current holding: counted down when its lease is lost. */
    private volatile CountDownLatch leaseLost = new CountDownLatch(0);
    private volatile boolean holding;
    private volatile boolean lostALease;
    private volatile LeaseTable.Row lastSeen;
    /** When (nanoTime) this server last saw the row change: its holder renewing it, or another taking it. */
    private volatile long lastChangeSeenNanos;
    /** How long a row may stay unchanged before its holder counts as gone: a lease and its margin. */
    private final long silenceNanos;

    /**
     * @param takeOver   opens the link here; throws when it cannot
     * @param standAside how long a winner whose takeover failed, or a holder that lost its lease, leaves the lease to
     *                   the others
     * @param nanoTime   the monotonic clock a holder's silence is measured on: {@link System#nanoTime()}
     */
    Candidacy(Runnable takeOver, Duration standAside, Fencing fencing, LongSupplier nanoTime) {
        this.takeOver = takeOver;
        this.standAside = standAside;
        this.fencing = fencing;
        this.nanoTime = nanoTime;
        this.silenceNanos = fencing.lease().length().plus(fencing.margin()).toNanos();
    }

    @Override
    public void run() {
        long pollMillis = Math.max(1, fencing.renewEvery().toMillis() / 4);
        LeaseTable.Row watched = null;
        long standingAsideUntil = nanoTime.getAsLong();
        try {
            while (withdrawn.getCount() > 0) {
                // read while standing aside too: the row says who holds the link, for forwarded requests
                LeaseTable.Row row = observe();
                long now = nanoTime.getAsLong();
                if (row != null) {
                    if (!row.sameAs(watched)) {
                        watched = row;
                        lastChangeSeenNanos = now;
                    }
                    boolean silent = now - lastChangeSeenNanos >= silenceNanos;
                    boolean standing = now - standingAsideUntil >= 0;
                    if (standing && (row.vacant() || silent) && take(row)) {
                        if (!holdUntilWithdrawn(row)) {
                            standingAsideUntil = nanoTime.getAsLong() + standAside.toNanos();
                        }
                        watched = null;
                        continue;
                    }
                }
                withdrawn.await(pollMillis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the election of the CTI link's holder failed on this server", e);
        }
    }

    private LeaseTable.Row observe() {
        try {
            LeaseTable.Row row = fencing.lease().observe();
            lastSeen = row;
            return row;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "the CTI link's lease could not be read now", e);
            return null;
        }
    }

    private boolean take(LeaseTable.Row row) {
        try {
            return fencing.lease().take(row);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "the CTI link's lease could not be taken now", e);
            return false;
        }
    }

    /**
     * With the lease just taken: takes the link over and keeps both; false when the takeover failed or the lease was
     * lost (then it stands aside).
     */
    private boolean holdUntilWithdrawn(LeaseTable.Row before) throws InterruptedException {
        LinkLease lease = fencing.lease();
        LeaseKeeper keeper = new LeaseKeeper(lease, fencing.renewEvery(), this::loseLease);
        boolean linkTaken = false;
        leaseLost = new CountDownLatch(1);
        try {
            fencing.threads().newThread(keeper).start();
            holding = true;
            LOG.info("this server took the CTI link's lease (token " + lease.token() + ") from "
                    + (before.vacant() ? "nobody: it was free" : "a holder silent for a whole lease ("
                    + before.holderUrl() + ")") + "; it opens the link now");
            linkTaken = true;
            takeOver.run();
            awaitEnd();
            // one that lost its lease was just paused or cut off: it lets a healthier server take the link first
            return leaseLost.getCount() > 0;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "this server was elected but could not take the CTI link; it stands aside for "
                    + standAside.toSeconds() + " s", e);
            return false;
        } finally {
            holding = false;
            lastSeen = null;
            keeper.stop();
            if (linkTaken) {
                fencing.closeLink().run();
            }
            lease.drop();
        }
    }

    /**
     * Waits for a withdrawal or a lost lease. It watches the lease's deadline itself too: a keeper stuck in a
     * database call that does not answer cannot report the loss, and a link left open past its lease is one whose
     * events this server refuses to write.
     */
    private void awaitEnd() throws InterruptedException {
        while (leaseLost.getCount() > 0 && !withdrawn.await(WATCH_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!fencing.lease().valid()) {
                loseLease();
            }
        }
    }

    /**
     * At the lease's deadline, on the lease keeper's thread or this one, whichever sees it first (once per holding):
     * the link closes now, not when the other wakes.
     */
    private synchronized void loseLease() {
        if (leaseLost.getCount() == 0) {
            return;
        }
        holding = false;
        lostALease = true;
        leaseLost.countDown();
        LOG.severe("this server lost the CTI link's lease (token " + fencing.lease().token() + "): paused past it, cut "
                + "off from the database, or replaced; it closes its link, writes no more events, and stands "
                + "again after " + standAside.toSeconds() + " s");
        fencing.closeLink().run();
    }

    /** Ends the candidacy; a holder closes its link and gives the lease back. */
    void withdraw() {
        withdrawn.countDown();
    }

    /** Won, the takeover has not failed, and the lease has not been lost. */
    boolean holding() {
        return holding;
    }

    /** This server may write the CTI link's events: it holds a lease neither lost nor expired. */
    boolean mayWrite() {
        return holding && fencing.lease().valid();
    }

    /** This server lost a lease since it joined the election. */
    boolean lostALease() {
        return lostALease;
    }

    /**
     * The lease's row as this server last read it while standing by, if its holder is alive as far as the database
     * tells: the row is held and changed within a lease (and its margin), so its holder renews it. Empty before the
     * first reading, while nobody holds the lease, and once its holder has stopped renewing it. Not the data grid's
     * membership: a server resumed after a pause sits in a grid of its own until the grid heals, yet it can reach
     * the holder.
     */
    Optional<LeaseTable.Row> liveHolder() {
        LeaseTable.Row row = lastSeen;
        boolean renewed = nanoTime.getAsLong() - lastChangeSeenNanos < silenceNanos;
        return row != null && !row.vacant() && renewed ? Optional.of(row) : Optional.empty();
    }
}
