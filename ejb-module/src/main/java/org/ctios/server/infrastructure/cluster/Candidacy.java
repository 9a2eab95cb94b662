package org.ctios.server.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One server's candidacy for the CTI link, the body of its election thread: it waits for the lock of the link's
 * entry in the data grid, writes itself in as the holder, takes the fenced {@link LinkLease}, waits one lease (its
 * predecessor may still think it holds the link), takes the link over, and keeps the lock and renews the lease until
 * it {@link #withdraw()}s. The grid releases the lock of a member that leaves the cluster, and the next waiting
 * candidate wins. A winner whose takeover fails gives the lock back and stands aside for a while. A holder that
 * loses its lease (paused past it, cut off from the grid, or replaced) closes its link at once, gives the lock back
 * if it still has it, and stands aside likewise before it stands again. Plain Java: the grid's map and what taking over and closing mean are given.
 */
final class Candidacy implements Runnable {

    static final String HOLDER = "holder";
    private static final Logger LOG = Logger.getLogger(Candidacy.class.getName());
    /** How long each attempt waits for the lock before it looks whether the candidacy was withdrawn. */
    private static final long ATTEMPT_MILLIS = 1_000;
    /** How often a holder looks whether it was withdrawn or lost its lease, beside being told. */
    private static final long WATCH_MILLIS = 20;

    /**
     * How the holder is fenced.
     *
     * @param lease      the lease this server takes when elected
     * @param renewEvery how often the holder renews it
     * @param margin     added to the lease a successor waits: the predecessor's clock may run a little slow
     * @param threads    makes the lease keeper's thread
     * @param closeLink  closes the link at once; must not throw
     */
    record Fencing(LinkLease lease, Duration renewEvery, Duration margin, ThreadFactory threads, Runnable closeLink) {
    }

    private final IMap<String, String> link;
    private final String holderRecord;
    private final Runnable takeOver;
    private final Duration standAside;
    private final Fencing fencing;
    private final CountDownLatch withdrawn = new CountDownLatch(1);
    /** Of the current holding: counted down when its lease is lost. */
    private volatile CountDownLatch leaseLost = new CountDownLatch(0);
    private volatile boolean holding;
    private volatile boolean lostALease;

    /**
     * @param holderRecord what the holder's entry says ({@link LinkHolder#encoded()})
     * @param takeOver     opens the link here; throws when it cannot
     * @param standAside   how long a winner whose takeover failed leaves the lock to the others
     */
    Candidacy(IMap<String, String> link, String holderRecord, Runnable takeOver, Duration standAside,
              Fencing fencing) {
        this.link = link;
        this.holderRecord = holderRecord;
        this.takeOver = takeOver;
        this.standAside = standAside;
        this.fencing = fencing;
    }

    @Override
    public void run() {
        try {
            while (withdrawn.getCount() > 0) {
                if (link.tryLock(HOLDER, ATTEMPT_MILLIS, TimeUnit.MILLISECONDS) && !holdUntilWithdrawn()) {
                    withdrawn.await(standAside.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.fine("the data grid stopped: no more elections here");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the election of the CTI link's holder failed on this server", e);
        }
    }

    /**
     * With the lock: takes the lease and the link over and keeps them; false when the takeover failed or the lease
     * was lost (then it stands aside).
     */
    private boolean holdUntilWithdrawn() throws InterruptedException {
        LinkLease lease = fencing.lease();
        LeaseKeeper keeper = null;
        boolean linkTaken = false;
        leaseLost = new CountDownLatch(1);
        try {
            link.put(HOLDER, holderRecord);
            long token = lease.acquire();
            keeper = new LeaseKeeper(lease, fencing.renewEvery(), this::loseLease);
            fencing.threads().newThread(keeper).start();
            holding = true;
            Duration wait = lease.length().plus(fencing.margin());
            LOG.info("this server took the CTI link's lease (token " + token + "); it opens the link in "
                    + wait.toMillis() + " ms, when an earlier holder's lease has surely expired");
            if (awaitEnd(wait.toNanos())) {
                return leaseLost.getCount() > 0;
            }
            linkTaken = true;
            takeOver.run();
            awaitEnd(Long.MAX_VALUE);
            // one that lost its lease was just paused or cut off: it lets a healthier server take the link first
            return leaseLost.getCount() > 0;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "this server was elected but could not take the CTI link; it stands aside for "
                    + standAside.toSeconds() + " s", e);
            return false;
        } finally {
            holding = false;
            if (keeper != null) {
                keeper.stop();
            }
            if (linkTaken) {
                fencing.closeLink().run();
            }
            lease.drop();
            unlock();
        }
    }

    /**
     * Waits for a withdrawal or a lost lease, at most {@code nanos}; true when one came. It watches the lease's
     * deadline itself too: a keeper stuck in a grid call that does not answer (a member gone, partitions migrating)
     * cannot report the loss, and a link left open past its lease is one whose events this server refuses to write.
     */
    private boolean awaitEnd(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 4);
        while (System.nanoTime() - deadline < 0) {
            if (leaseLost.getCount() == 0 || withdrawn.await(WATCH_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!fencing.lease().valid()) {
                loseLease();
                return true;
            }
        }
        return leaseLost.getCount() == 0 || withdrawn.getCount() == 0;
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
                + "off from the data grid, or replaced; it closes its link, writes no more events, and stands "
                + "again after " + standAside.toSeconds() + " s");
        fencing.closeLink().run();
    }

    private void unlock() {
        try {
            link.unlock(HOLDER);
        } catch (RuntimeException e) {
            // released by the grid already (this member left it, or was removed while paused)
            LOG.fine("the election's lock was no longer this server's: " + e);
        }
    }

    /** Ends the candidacy; a holder gives the lock back (on its own thread, which must own it). */
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
}
