package org.ctios.server.infrastructure.cluster;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Renews the link holder's {@link LinkLease} every renewal interval, on a thread of its own (so that a slow takeover
 * or a busy election thread cannot let it lapse), and reports its loss once: at its deadline, not later, when no
 * renewal succeeded, or at once when another holder's token replaced it. A failed renewal is tried again sooner.
 */
final class LeaseKeeper implements Runnable {

    private final LinkLease lease;
    private final long renewEveryNanos;
    private final Runnable lost;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** @param lost what the holder does once its lease is lost; called on this keeper's thread */
    LeaseKeeper(LinkLease lease, Duration renewEvery, Runnable lost) {
        this.lease = lease;
        this.renewEveryNanos = renewEvery.toNanos();
        this.lost = lost;
    }

    @Override
    public void run() {
        long nextRenewal = System.nanoTime() + renewEveryNanos;
        try {
            while (true) {
                long wait = Math.min(nextRenewal - System.nanoTime(), lease.nanosLeft());
                if (wait > 0 && stopped.await(wait, TimeUnit.NANOSECONDS)) {
                    return;
                }
                if (!lease.valid()) {
                    lost.run();
                    return;
                }
                if (System.nanoTime() - nextRenewal >= 0) {
                    boolean renewed = lease.renew();
                    if (!lease.valid()) {
                        lost.run();
                        return;
                    }
                    nextRenewal = System.nanoTime() + (renewed ? renewEveryNanos : renewEveryNanos / 4);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the renewals, without reporting a loss. */
    void stop() {
        stopped.countDown();
    }
}
