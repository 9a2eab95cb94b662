package org.ctios.connector.adapter.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands events to a fixed set of delivery workers: all the events of one agent or one call go to the same worker,
 * in order, while different agents and calls are delivered in parallel. Each worker's queue is bounded: when it is
 * full, {@link #dispatch} waits, which stops the link reading the socket (back-pressure) instead of dropping or
 * piling up events; while waiting it keeps the session alive. An event with several ordering keys (two calls
 * joined) passes as a barrier across their workers, a link-wide event across all of them: it is delivered once
 * every event before it on those workers has been, and none of them goes on until it has. A worker hands the events
 * waiting in its queue, up to the batch size, to the delivery at once (stopping at a barrier), so that an MDB taking
 * batches applies them in one transaction.
 */
public final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    private static final long OFFER_TICK_MILLIS = 200;
    /** Longest a worker waits at a barrier for the others before it goes on anyway. */
    private static final long BARRIER_LIMIT_SECONDS = 120;

    /** What a worker takes from its queue. */
    private sealed interface Item permits Event, BarrierToken {
    }

    private record Event(Dispatch dispatch) implements Item {
    }

    private record BarrierToken(Barrier barrier) implements Item {
    }

    /** Every worker concerned arrives; the last one delivers the event; then all go on. */
    private final class Barrier {
        private final Dispatch dispatch;
        private final AtomicInteger waiting;
        private final CountDownLatch released = new CountDownLatch(1);

        Barrier(Dispatch dispatch, int workersConcerned) {
            this.dispatch = dispatch;
            this.waiting = new AtomicInteger(workersConcerned);
        }

        void arrive() throws InterruptedException {
            if (waiting.decrementAndGet() == 0) {
                try {
                    delivery.deliver(dispatch);
                } finally {
                    released.countDown();
                }
            } else if (!released.await(BARRIER_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("a delivery worker waited " + BARRIER_LIMIT_SECONDS + " s at a barrier and goes on");
            }
        }

        void release() {
            released.countDown();
        }
    }

    private final WorkScheduler works;
    private final int batchSize;
    private final EndpointDelivery delivery;
    private final Runnable keepAlive;
    private final List<BlockingQueue<Item>> workers = new ArrayList<>();
    private final List<Barrier> openBarriers = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped;
    private volatile boolean stopping;

    /**
     * @param batchSize most events a worker hands to the delivery at once
     * @param keepAlive called while {@link #dispatch} waits for room, to keep the CTI session alive
     */
    public EventDispatcher(WorkScheduler works, int workerCount, int queueCapacity, int batchSize,
                           EndpointDelivery delivery, Runnable keepAlive) {
        this.works = works;
        this.batchSize = batchSize;
        this.delivery = delivery;
        this.keepAlive = keepAlive;
        for (int i = 0; i < workerCount; i++) {
            workers.add(new ArrayBlockingQueue<>(queueCapacity));
        }
        this.stopped = new CountDownLatch(workerCount);
    }

    public void start() {
        for (int i = 0; i < workers.size(); i++) {
            BlockingQueue<Item> queue = workers.get(i);
            works.start("cti-delivery-" + i, () -> work(queue));
        }
    }

    /** Queues an event for delivery, waiting (and keeping the session alive) while its worker's queue is full. */
    public void dispatch(Dispatch dispatch) throws InterruptedException {
        List<String> keys = dispatch.orderingKeys();
        Set<BlockingQueue<Item>> concerned = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            concerned.addAll(workers);
        } else {
            for (String key : keys) {
                concerned.add(workers.get(Math.floorMod(key.hashCode(), workers.size())));
            }
        }
        if (concerned.size() == 1) {
            put(concerned.iterator().next(), new Event(dispatch));
            return;
        }
        Barrier barrier = new Barrier(dispatch, concerned.size());
        openBarriers.add(barrier);
        for (BlockingQueue<Item> queue : concerned) {
            put(queue, new BarrierToken(barrier));
        }
    }

    private void put(BlockingQueue<Item> queue, Item item) throws InterruptedException {
        while (!stopping && !queue.offer(item, OFFER_TICK_MILLIS, TimeUnit.MILLISECONDS)) {
            keepAlive.run();
        }
    }

    /** Events waiting in the workers' queues. */
    public int queued() {
        return workers.stream().mapToInt(BlockingQueue::size).sum();
    }

    private void work(BlockingQueue<Item> queue) {
        try {
            while (!stopping) {
                Item item = queue.poll(OFFER_TICK_MILLIS, TimeUnit.MILLISECONDS);
                if (item instanceof Event event) {
                    deliver(withQueuedAfter(event.dispatch(), queue));
                } else if (item instanceof BarrierToken token) {
                    token.barrier().arrive();
                    openBarriers.remove(token.barrier());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /** The event and those queued right after it, up to the batch size; a barrier ends the batch. */
    private List<Dispatch> withQueuedAfter(Dispatch first, BlockingQueue<Item> queue) {
        List<Dispatch> batch = new ArrayList<>(Math.min(batchSize, queue.size() + 1));
        batch.add(first);
        // Only this worker takes from its queue, so what it has seen at the head is still there to take.
        while (batch.size() < batchSize && queue.peek() instanceof Event next) {
            queue.poll();
            batch.add(next.dispatch());
        }
        return batch;
    }

    private void deliver(List<Dispatch> batch) throws InterruptedException {
        try {
            delivery.deliver(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "delivery of " + batch.size() + " events from " + batch.get(0).event()
                    + " failed unexpectedly", e);
        }
    }

    /** From now on {@link #dispatch} drops events instead of waiting for room; the workers stop after their event. */
    public void stopAccepting() {
        stopping = true;
        openBarriers.forEach(Barrier::release);
        delivery.stop();
    }

    /**
     * Stops the workers after the deliveries in progress; events still queued are dropped, and their number logged.
     *
     * @return true when every worker stopped within the timeout
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        stopAccepting();
        boolean done = stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int dropped = queued();
        if (dropped > 0) {
            LOG.warning(dropped + " CTI events were still queued for delivery when the adapter stopped");
        }
        return done;
    }
}
