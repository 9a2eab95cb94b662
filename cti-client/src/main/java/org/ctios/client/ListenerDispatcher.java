package org.ctios.client;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Calls the listener on one thread of its own, from a bounded queue, so that the stream's reader never waits for a
 * listener. When the queue is full the pending notifications are dropped and replaced by one that hands the listener
 * the session's picture as it is when it gets there ({@code catchUp}): memory stays bounded whatever the listener does,
 * and it learns that it missed something.
 */
final class ListenerDispatcher {

    private static final System.Logger LOG = System.getLogger(ListenerDispatcher.class.getName());

    private final BlockingQueue<Consumer<CtiListener>> queue;
    private final CtiListener listener;
    private final Supplier<Snapshot> catchUp;
    private final Thread thread;
    private volatile boolean stopped;

    ListenerDispatcher(CtiListener listener, int queueLimit, Supplier<Snapshot> catchUp, String threadName) {
        this.queue = new ArrayBlockingQueue<>(queueLimit);
        this.listener = listener;
        this.catchUp = catchUp;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues one notification; never blocks. */
    void notify(Consumer<CtiListener> notification) {
        if (stopped || queue.offer(notification)) {
            return;
        }
        queue.clear();
        LOG.log(System.Logger.Level.WARNING, "the listener fell behind by a whole queue: its pending notifications"
                + " were dropped, it gets the session's picture instead");
        queue.offer(l -> l.onSnapshot(catchUp.get()));
        queue.offer(notification);
    }

    /** Notifications waiting for the listener. */
    int backlog() {
        return queue.size();
    }

    private void run() {
        while (!stopped) {
            Consumer<CtiListener> next;
            try {
                next = queue.take();
            } catch (InterruptedException stop) {
                return;
            }
            try {
                next.accept(listener);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "a listener of a CTI session threw; the next notification follows",
                        e);
            }
        }
    }

    /** Stops the thread (interrupting a listener that waits) and waits for it at most {@code millis}. */
    void stop(long millis) throws InterruptedException {
        stopped = true;
        queue.clear();
        thread.interrupt();
        thread.join(millis);
    }

    Thread thread() {
        return thread;
    }
}
