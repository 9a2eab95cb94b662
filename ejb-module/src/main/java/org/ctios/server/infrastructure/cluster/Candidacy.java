package org.ctios.server.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One server's candidacy for the CTI link, the body of its election thread: it waits for the lock of the link's
 * entry in the data grid, writes itself in as the holder, takes the link over, and keeps the lock until it
 * {@link #withdraw()}s. The grid releases the lock of a member that leaves the cluster, and the next waiting
 * candidate wins. A winner whose takeover fails gives the lock back and stands aside for a while. Plain Java: the
 * grid's map and what taking over means are given.
 */
final class Candidacy implements Runnable {

    static final String HOLDER = "holder";
    private static final Logger LOG = Logger.getLogger(Candidacy.class.getName());
    /** How long each attempt waits for the lock before it looks whether the candidacy was withdrawn. */
    private static final long ATTEMPT_MILLIS = 1_000;

    private final IMap<String, String> link;
    private final String holderRecord;
    private final Runnable takeOver;
    private final Duration standAside;
    private final CountDownLatch withdrawn = new CountDownLatch(1);
    private volatile boolean holding;

    /**
     * @param holderRecord what the holder's entry says ({@link LinkHolder#encoded()})
     * @param takeOver     opens the link here; throws when it cannot
     * @param standAside   how long a winner whose takeover failed leaves the lock to the others
     */
    Candidacy(IMap<String, String> link, String holderRecord, Runnable takeOver, Duration standAside) {
        this.link = link;
        this.holderRecord = holderRecord;
        this.takeOver = takeOver;
        this.standAside = standAside;
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

    /** With the lock: takes the link over and keeps it until withdrawn; false when the takeover failed. */
    private boolean holdUntilWithdrawn() throws InterruptedException {
        try {
            link.put(HOLDER, holderRecord);
            holding = true;
            takeOver.run();
            withdrawn.await();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "this server was elected but could not take the CTI link; it stands aside for "
                    + standAside.toSeconds() + " s", e);
            return false;
        } finally {
            holding = false;
            link.unlock(HOLDER);
        }
    }

    /** Ends the candidacy; a holder gives the lock back (on its own thread, which must own it). */
    void withdraw() {
        withdrawn.countDown();
    }

    /** Won, and the takeover has not failed. */
    boolean holding() {
        return holding;
    }
}
