package org.ctios.connector.adapter.testing;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.transaction.xa.XAResource;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.CtiEventListener;
import org.ctios.connector.api.event.CtiEvent;

/**
 * A message endpoint factory standing in for an MDB pool: a bounded number of endpoints (beyond which
 * {@code createEndpoint} throws {@link UnavailableException}, as a container does), each checking that the adapter
 * pairs beforeDelivery/afterDelivery and releases it exactly once. Records what it received and how many deliveries
 * ran at once; can be made slow or failing.
 */
public final class RecordingEndpoints implements MessageEndpointFactory {

    private final String name;
    private final Semaphore pool;
    private final List<CtiEvent> received = new CopyOnWriteArrayList<>();
    private final List<String> protocolErrors = new CopyOnWriteArrayList<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger released = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    private volatile Duration deliveryTime = Duration.ZERO;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile Predicate<CtiEvent> failing = event -> false;
    private volatile Consumer<CtiEvent> consumer = event -> { };
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private volatile boolean batches;

    public RecordingEndpoints(String name, int poolSize) {
        this.name = name;
        this.pool = new Semaphore(poolSize);
    }

    /** Each delivery takes this long, as a slow MDB would. */
    public RecordingEndpoints slow(Duration time) {
        this.deliveryTime = time;
        return this;
    }

    /** Each delivery waits until the gate opens (a minute at most), as an MDB stuck on a lock would. */
    public RecordingEndpoints holdingUntil(CountDownLatch opened) {
        this.gate = opened;
        return this;
    }

    /** Deliveries of the matching events throw, as an MDB whose transaction rolls back. */
    public RecordingEndpoints failing(Predicate<CtiEvent> which) {
        this.failing = which;
        return this;
    }

    /** Passes every delivered event on, as an MDB would to its service. */
    public RecordingEndpoints forwardingTo(Consumer<CtiEvent> target) {
        this.consumer = target;
        return this;
    }

    /** Endpoints take batches of events ({@link CtiEventBatchListener}), as the application's MDB does. */
    public RecordingEndpoints takingBatches() {
        this.batches = true;
        return this;
    }

    /** The number of events of each successful delivery, in order. */
    public List<Integer> batchSizes() {
        return batchSizes;
    }

    /** Takes endpoints out of the pool, as busy MDB instances; {@link #returnToPool} gives them back. */
    public void exhaustPool() {
        pool.drainPermits();
    }

    public void returnToPool(int count) {
        pool.release(count);
    }

    public List<CtiEvent> received() {
        return received;
    }

    public <E extends CtiEvent> List<E> received(Class<E> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public int created() {
        return created.get();
    }

    public int released() {
        return released.get();
    }

    public int unavailable() {
        return unavailable.get();
    }

    public int attempts() {
        return attempts.get();
    }

    public int mostRunningAtOnce() {
        return mostRunning.get();
    }

    /** Breaches of the endpoint contract seen: before/after unpaired, double release, use after release. */
    public List<String> protocolErrors() {
        return protocolErrors;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource resource) throws UnavailableException {
        return createEndpoint(resource, 0);
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource resource, long timeout) throws UnavailableException {
        if (!pool.tryAcquire()) {
            unavailable.incrementAndGet();
            throw new UnavailableException("no free endpoint in " + name);
        }
        created.incrementAndGet();
        return batches ? new BatchEndpoint() : new SingleEndpoint();
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return false;
    }

    @Override
    public String getActivationName() {
        return name;
    }

    @Override
    public Class<?> getEndpointClass() {
        return batches ? BatchEndpoint.class : SingleEndpoint.class;
    }

    /** The lifecycle checks and the recording, whichever listener interface the endpoint has. */
    private abstract class Endpoint implements MessageEndpoint {
        private final String deliveryMethod;
        private boolean inDelivery;
        private boolean isReleased;

        Endpoint(String deliveryMethod) {
            this.deliveryMethod = deliveryMethod;
        }

        @Override
        public void beforeDelivery(Method method) {
            check(!inDelivery && !isReleased, "beforeDelivery twice or after release");
            check(method.getName().equals(deliveryMethod), "beforeDelivery for " + method);
            inDelivery = true;
        }

        /** One delivery, one transaction: all the events are kept, or none when one of them fails. */
        void deliver(List<CtiEvent> events) {
            check(inDelivery, deliveryMethod + " outside beforeDelivery/afterDelivery");
            attempts.incrementAndGet();
            int now = running.incrementAndGet();
            mostRunning.accumulateAndGet(now, Math::max);
            try {
                if (!gate.await(1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the gate of " + name + " stayed shut");
                }
                if (!deliveryTime.isZero()) {
                    Thread.sleep(deliveryTime.toMillis());
                }
                for (CtiEvent event : events) {
                    if (failing.test(event)) {
                        throw new IllegalStateException("the MDB failed on " + event.getClass().getSimpleName());
                    }
                }
                events.forEach(consumer);
                received.addAll(events);
                batchSizes.add(events.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public void afterDelivery() {
            check(inDelivery, "afterDelivery without beforeDelivery");
            inDelivery = false;
        }

        @Override
        public void release() {
            check(!isReleased, "released twice");
            check(!inDelivery, "released inside a delivery");
            isReleased = true;
            released.incrementAndGet();
            pool.release();
        }

        private void check(boolean condition, String breach) {
            if (!condition) {
                protocolErrors.add(breach);
            }
        }
    }

    private final class SingleEndpoint extends Endpoint implements CtiEventListener {
        SingleEndpoint() {
            super("onCtiEvent");
        }

        @Override
        public void onCtiEvent(CtiEvent event) {
            deliver(List.of(event));
        }
    }

    private final class BatchEndpoint extends Endpoint implements CtiEventBatchListener {
        BatchEndpoint() {
            super("onCtiEvents");
        }

        @Override
        public void onCtiEvents(List<CtiEvent> events) {
            deliver(events);
        }
    }
}
