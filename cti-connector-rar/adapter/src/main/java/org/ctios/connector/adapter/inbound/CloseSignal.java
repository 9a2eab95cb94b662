package org.ctios.connector.adapter.inbound;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Given once, when a delivery lane closes; a pause taken on it ends as soon as it is given. */
final class CloseSignal {

    private final CountDownLatch closed = new CountDownLatch(1);

    void close() {
        closed.countDown();
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    /**
     * Waits {@code millis}, or less if the lane closes meanwhile.
     *
     * @return true when the lane closed
     */
    boolean pause(long millis) throws InterruptedException {
        return closed.await(millis, TimeUnit.MILLISECONDS);
    }
}
