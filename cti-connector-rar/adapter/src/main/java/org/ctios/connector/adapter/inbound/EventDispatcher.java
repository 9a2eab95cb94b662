package org.ctios.connector.adapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.ctios.connector.adapter.work.WorkScheduler;

/**
 * Hands every event to the delivery lane of each activated message endpoint (see {@link DeliveryLane}): each
 * endpoint has its own bounded queues and workers, so a slow MDB delays only its own events, until its queues are
 * full; then {@link #dispatch} waits for room, and the link stops reading, rather than drop events for it.
 */
public final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    /** How often a dispatch waiting for an endpoint keeps the CTI session alive. */
    private static final long HOLD_TICK_MILLIS = 100;

    private final WorkScheduler works;
    private final DeliverySettings settings;
    private final EndpointDelivery delivery;
    private final Runnable keepAlive;
    private final List<DeliveryLane> lanes = new CopyOnWriteArrayList<>();
    /**
     * Events read while no endpoint is active (the link opens before the application's MDB is activated): they wait,
     * bounded, and go to the next endpoint activated, first, so that it sees a snapshot or a call from its start.
     */
    private final Deque<Dispatch> withoutEndpoint = new ArrayDeque<>();
    private volatile boolean stopping;

    /**
     * @param settings  each lane's workers, their queues' capacity (beyond which {@link #dispatch} waits) and the
     *                  batch size
     * @param keepAlive called while {@link #dispatch} waits for room, to keep the CTI session alive
     */
    public EventDispatcher(WorkScheduler works, DeliverySettings settings, EndpointDelivery delivery,
                           Runnable keepAlive) {
        this.works = works;
        this.settings = settings;
        this.delivery = delivery;
        this.keepAlive = keepAlive;
    }

    /** Opens a lane for an endpoint that receives every event: see {@link #activate(MessageEndpointFactory, EventFilter)}. */
    public boolean activate(MessageEndpointFactory endpoint) {
        return activate(endpoint, EventFilter.EVERY_EVENT);
    }

    /**
     * Opens a lane for an endpoint, which receives the events dispatched from now on that its filter accepts; the
     * first one also those held while no endpoint was active.
     *
     * @return true when it is the only endpoint
     * @throws IllegalStateException when the lane's workers cannot be started
     */
    public synchronized boolean activate(MessageEndpointFactory endpoint, EventFilter filter) {
        if (stopping) {
            LOG.warning("CTI events not delivered to " + endpoint.getActivationName() + ": the adapter is stopping");
            return false;
        }
        DeliveryLane lane = new DeliveryLane(endpoint, filter, works, settings, delivery, keepAlive);
        try {
            lane.start();
        } catch (IllegalStateException refused) {
            lane.close();
            throw refused;
        }
        try {
            // under this lock no event is added meanwhile: the held ones go first, in their order
            for (Dispatch held : withoutEndpoint) {
                lane.dispatch(held);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lane.close();
            throw new IllegalStateException("interrupted while handing the held events to a new endpoint", e);
        }
        withoutEndpoint.clear();
        lanes.add(lane);
        notifyAll();
        return lanes.size() == 1;
    }

    /**
     * Closes an endpoint's lane: it receives nothing more, the events queued for it are dropped, and the delivery in
     * progress ends, waited for up to {@code timeout}.
     *
     * @return true when the lane's workers ended within the timeout
     */
    public boolean deactivate(MessageEndpointFactory endpoint, Duration timeout) throws InterruptedException {
        DeliveryLane lane = removeLane(endpoint);
        if (lane == null) {
            return true;
        }
        boolean stopped = lane.stop(timeout);
        if (!stopped) {
            LOG.warning("deliveries to " + endpoint.getActivationName() + " still running after " + timeout);
        }
        return stopped;
    }

    private synchronized DeliveryLane removeLane(MessageEndpointFactory endpoint) {
        for (DeliveryLane lane : lanes) {
            if (lane.endpoint().equals(endpoint)) {
                lanes.remove(lane);
                return lane;
            }
        }
        return null;
    }

    /**
     * Queues an event in every lane, waiting (and keeping the session alive) while one has no room for it. With no
     * endpoint active, the event waits for the next one; while as many wait as a lane's queue holds, this waits.
     */
    public void dispatch(Dispatch dispatch) throws InterruptedException {
        if (lanes.isEmpty() && holdWithoutEndpoint(dispatch)) {
            return;
        }
        for (DeliveryLane lane : lanes) {
            lane.dispatch(dispatch);
        }
    }

    /** Holds the event if still no endpoint is active; false when one is (deliver it to the lanes). */
    private synchronized boolean holdWithoutEndpoint(Dispatch dispatch) throws InterruptedException {
        while (lanes.isEmpty() && !stopping && withoutEndpoint.size() >= settings.queueCapacity()) {
            wait(HOLD_TICK_MILLIS);
            keepAlive.run();
        }
        if (stopping) {
            return true; // dropped, as every event is once the adapter stops
        }
        if (!lanes.isEmpty()) {
            return false;
        }
        withoutEndpoint.add(dispatch);
        return true;
    }

    /** The endpoints receiving events now. */
    public int endpoints() {
        return lanes.size();
    }

    /** Events waiting in the lanes' queues. */
    public synchronized int queued() {
        return withoutEndpoint.size() + lanes.stream().mapToInt(DeliveryLane::queued).sum();
    }

    /** Deliveries not yet completed nor given up on: queued, held for the first endpoint, or in delivery now. */
    public synchronized int pending() {
        return withoutEndpoint.size() + lanes.stream().mapToInt(DeliveryLane::pending).sum();
    }

    /** From now on {@link #dispatch} drops events instead of waiting; every lane closes. Returns at once. */
    public synchronized void stopAccepting() {
        stopping = true;
        withoutEndpoint.clear();
        lanes.forEach(DeliveryLane::close);
        notifyAll();
    }

    /**
     * Closes every lane and waits for their workers to end after the deliveries in progress, all within
     * {@code timeout}; events still queued are dropped, and their number logged.
     *
     * @return true when every worker ended within the timeout
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        stopAccepting();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean allStopped = true;
        for (DeliveryLane lane : lanes) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            allStopped &= lane.stop(left);
        }
        return allStopped;
    }
}
