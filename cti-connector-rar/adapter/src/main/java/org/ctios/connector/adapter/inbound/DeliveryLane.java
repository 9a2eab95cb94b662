package org.ctios.connector.adapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
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
import org.ctios.connector.adapter.work.LongRunningTask;
import org.ctios.connector.adapter.work.WorkScheduler;

/**
 * The delivery of events to one message endpoint (MDB), apart from every other endpoint's, so that a slow one holds
 * back only itself. Its keyed workers each own the ordering keys that hash to them: all the events of one agent or
 * one call go to the same worker, in order, while different agents and calls are delivered in parallel. Each
 * worker's queue is bounded: when it is full, {@link #dispatch} waits, which stops the link reading the socket
 * (back-pressure) instead of dropping or piling up events; while waiting it keeps the session alive. An event with
 * several ordering keys (two calls joined) passes as a barrier across their workers, a link-wide event across all of
 * them: it is delivered once every event before it on those workers has been, and none of them goes on until it
 * has. A worker hands the events waiting in its queue, up to the batch size, to the delivery at once (stopping at a
 * barrier), so that an MDB taking batches applies them in one transaction.
 */
final class DeliveryLane {

    private static final Logger LOG = Logger.getLogger(DeliveryLane.class.getName());
    /** How often a waiting worker or a waiting {@link #dispatch} looks whether the lane closed. */
    private static final long TICK_MILLIS = 200;
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
                    deliver(List.of(dispatch));
                } finally {
                    released.countDown();
                }
            } else if (!released.await(BARRIER_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("a delivery worker of " + endpointName() + " waited " + BARRIER_LIMIT_SECONDS
                        + " s at a barrier and goes on");
            }
        }

        void release() {
            released.countDown();
        }
    }

    private final MessageEndpointFactory endpoint;
    private final EventFilter filter;
    private final WorkScheduler works;
    private final int batchSize;
    private final EndpointDelivery delivery;
    private final Runnable keepAlive;
    private final List<BlockingQueue<Item>> workers = new ArrayList<>();
    private final List<Barrier> openBarriers = new CopyOnWriteArrayList<>();
    private final CloseSignal closing = new CloseSignal();
    private final CountDownLatch stopped;
    /** Events the workers have taken from their queues and not yet delivered or given up on. */
    private final AtomicInteger inDelivery = new AtomicInteger();

    /**
     * @param settings  the lane's workers, their queues' capacity and the most events a worker hands to the
     *                  delivery at once
     * @param filter    the events the endpoint receives; the others never enter its queues
     * @param keepAlive called while {@link #dispatch} waits for room, to keep the CTI session alive
     */
    DeliveryLane(MessageEndpointFactory endpoint, EventFilter filter, WorkScheduler works, DeliverySettings settings,
                 EndpointDelivery delivery, Runnable keepAlive) {
        this.endpoint = endpoint;
        this.filter = filter;
        this.works = works;
        this.batchSize = settings.batchSize();
        this.delivery = delivery;
        this.keepAlive = keepAlive;
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(new ArrayBlockingQueue<>(settings.queueCapacity()));
        }
        this.stopped = new CountDownLatch(settings.workers());
    }

    MessageEndpointFactory endpoint() {
        return endpoint;
    }

    void start() {
        for (int i = 0; i < workers.size(); i++) {
            BlockingQueue<Item> queue = workers.get(i);
            works.start("cti-delivery-" + endpointName() + "-" + i, LongRunningTask.of(() -> work(queue),
                    this::close));
        }
    }

    /**
     * Queues an event the endpoint's filter accepts, waiting (and keeping the session alive) while its worker's queue
     * is full.
     */
    void dispatch(Dispatch dispatch) throws InterruptedException {
        delivery.offered();
        if (!filter.accepts(dispatch.event())) {
            delivery.declined();
            return;
        }
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
        while (!closing.isClosed() && !queue.offer(item, TICK_MILLIS, TimeUnit.MILLISECONDS)) {
            keepAlive.run();
        }
    }

    /** Events waiting in the workers' queues. */
    int queued() {
        return workers.stream().mapToInt(BlockingQueue::size).sum();
    }

    /** Events waiting in the workers' queues or in delivery now. */
    int pending() {
        return queued() + inDelivery.get();
    }

    private void work(BlockingQueue<Item> queue) {
        try {
            while (!closing.isClosed()) {
                Item item = queue.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
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
        inDelivery.addAndGet(batch.size());
        try {
            delivery.deliver(endpoint, batch, closing);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "delivery of " + batch.size() + " events from " + batch.get(0).event() + " to "
                    + endpointName() + " failed unexpectedly", e);
        } finally {
            inDelivery.addAndGet(-batch.size());
        }
    }

    /**
     * From now on {@link #dispatch} drops events instead of waiting for room, retries and waits for a free endpoint
     * end, and each worker stops after the delivery in progress. Returns at once.
     */
    void close() {
        closing.close();
        openBarriers.forEach(Barrier::release);
    }

    /**
     * Closes the lane and waits for its workers to end; events still queued are dropped, and their number logged.
     *
     * @return true when every worker ended within the timeout
     */
    boolean stop(Duration timeout) throws InterruptedException {
        close();
        boolean done = stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int dropped = queued();
        if (dropped > 0) {
            LOG.warning(dropped + " CTI events were still queued for delivery to " + endpointName()
                    + " when its delivery stopped");
        }
        return done;
    }

    private String endpointName() {
        return endpoint.getActivationName();
    }
}
