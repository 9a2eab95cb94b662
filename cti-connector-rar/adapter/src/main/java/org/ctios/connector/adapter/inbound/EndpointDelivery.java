package org.ctios.connector.adapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.adapter.link.LinkStatusHolder;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.CtiEventListener;
import org.ctios.connector.api.DeadLetter;
import org.ctios.connector.api.event.CtiEvent;

/**
 * Delivers events to the activated message endpoints (MDBs). Every delivery pairs {@code beforeDelivery} and
 * {@code afterDelivery} and releases the endpoint exactly once. A delivery that throws is retried a bounded number of
 * times, then becomes a dead letter; an endpoint pool with nothing free ({@link UnavailableException}) is waited for,
 * which stops the reading of events upstream, up to a bound. An endpoint that takes batches
 * ({@link CtiEventBatchListener}) gets several events in one delivery; when that delivery fails, each event is
 * delivered again on its own, with its own retries.
 */
public final class EndpointDelivery {

    private static final Logger LOG = Logger.getLogger(EndpointDelivery.class.getName());
    private static final Method ON_CTI_EVENT;
    private static final Method ON_CTI_EVENTS;
    /** Longest wait for a free endpoint when taking one from the container. */
    private static final long CREATE_TIMEOUT_MILLIS = 5_000;

    static {
        try {
            ON_CTI_EVENT = CtiEventListener.class.getMethod("onCtiEvent", CtiEvent.class);
            ON_CTI_EVENTS = CtiEventBatchListener.class.getMethod("onCtiEvents", List.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final List<MessageEndpointFactory> endpoints = new CopyOnWriteArrayList<>();
    private final Map<MessageEndpointFactory, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final int maxAttempts;
    private final Duration unavailableLimit;
    private final DeadLetters deadLetters;
    private final LinkStatusHolder status;
    private final Clock clock;
    private volatile boolean stopping;

    public EndpointDelivery(int maxAttempts, Duration unavailableLimit, DeadLetters deadLetters,
                            LinkStatusHolder status, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.unavailableLimit = unavailableLimit;
        this.deadLetters = deadLetters;
        this.status = status;
        this.clock = clock;
    }

    /** Adds an endpoint; returns true when it is the first one. */
    public boolean activate(MessageEndpointFactory factory) {
        inFlight.putIfAbsent(factory, new AtomicInteger());
        endpoints.add(factory);
        return endpoints.size() == 1;
    }

    /** Removes an endpoint and waits, up to {@code timeout}, for its deliveries in progress to end. */
    public void deactivate(MessageEndpointFactory factory, Duration timeout) throws InterruptedException {
        endpoints.remove(factory);
        AtomicInteger running = inFlight.get(factory);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running != null && running.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        if (running != null && running.get() > 0) {
            LOG.warning("deliveries to " + factory.getActivationName() + " still running after " + timeout);
        }
        inFlight.remove(factory);
    }

    public boolean hasEndpoints() {
        return !endpoints.isEmpty();
    }

    /** Delivers one event to every endpoint, each in turn. */
    public void deliver(Dispatch dispatch) throws InterruptedException {
        deliver(List.of(dispatch));
    }

    /** Delivers events, in order, to every endpoint, each in turn: at once to one that takes batches. */
    public void deliver(List<Dispatch> dispatches) throws InterruptedException {
        for (MessageEndpointFactory factory : endpoints) {
            AtomicInteger running = inFlight.get(factory);
            if (running == null) {
                continue;
            }
            running.incrementAndGet();
            try {
                if (dispatches.size() == 1 || !deliveredAsBatch(factory, dispatches)) {
                    for (Dispatch dispatch : dispatches) {
                        deliverWithRetries(factory, dispatch);
                    }
                }
            } finally {
                running.decrementAndGet();
            }
        }
    }

    /** One delivery of all the events to an endpoint that takes batches; false when it does not, or it failed. */
    private boolean deliveredAsBatch(MessageEndpointFactory factory, List<Dispatch> dispatches) {
        List<CtiEvent> events = dispatches.stream().map(Dispatch::event).toList();
        try {
            if (!deliverOnce(factory, events)) {
                return false;
            }
        } catch (ResourceException | RuntimeException e) {
            // Rare, and the first sign of a second writer or a bad event: seen at the default level, the stack at FINE.
            LOG.warning("delivery of a batch of " + events.size() + " events rolled back (" + rootCause(e)
                    + "); delivering them one by one");
            LOG.log(Level.FINE, "the batch's failure", e);
            return false;
        }
        for (int i = 0; i < events.size(); i++) {
            status.eventDelivered();
        }
        return true;
    }

    /** Ends the retries and waits in progress, so that the delivery workers can stop within their bound. */
    public void stop() {
        stopping = true;
    }

    private void deliverWithRetries(MessageEndpointFactory factory, Dispatch dispatch) throws InterruptedException {
        int attempts = 0;
        long unavailableSince = -1;
        while (true) {
            if (attempts > 0 || unavailableSince >= 0) {
                if (stopping || !endpoints.contains(factory)) {
                    LOG.warning("CTI event not delivered to " + factory.getActivationName() + ", which is going away: "
                            + dispatch.event());
                    return;
                }
            }
            try {
                deliverOnce(factory, List.of(dispatch.event()));
                status.eventDelivered();
                return;
            } catch (UnavailableException e) {
                long now = System.nanoTime();
                if (unavailableSince < 0) {
                    unavailableSince = now;
                }
                if (now - unavailableSince > unavailableLimit.toNanos()) {
                    giveUp(factory, dispatch, attempts, "no endpoint free for " + unavailableLimit + ": " + e);
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (ResourceException | RuntimeException e) {
                attempts++;
                if (attempts >= maxAttempts) {
                    giveUp(factory, dispatch, attempts, String.valueOf(rootCause(e)));
                    return;
                }
                LOG.warning("delivery of " + dispatch.event() + " rolled back (" + rootCause(e) + "), attempt "
                        + attempts + " of " + maxAttempts + "; retrying");
                LOG.log(Level.FINE, "the delivery's failure", e);
                TimeUnit.MILLISECONDS.sleep(100L * attempts);
            }
        }
    }

    /**
     * One delivery, in one transaction: the events as a batch to an endpoint that takes batches, or the one event to
     * an endpoint that does not.
     *
     * @return false, having delivered nothing, for several events and an endpoint that takes them one at a time
     */
    private static boolean deliverOnce(MessageEndpointFactory factory, List<CtiEvent> events)
            throws ResourceException {
        MessageEndpoint endpoint = factory.createEndpoint(null, CREATE_TIMEOUT_MILLIS);
        try {
            if (endpoint instanceof CtiEventBatchListener batchListener) {
                endpoint.beforeDelivery(ON_CTI_EVENTS);
                try {
                    batchListener.onCtiEvents(events);
                } finally {
                    endpoint.afterDelivery();
                }
                return true;
            }
            if (events.size() > 1) {
                return false;
            }
            endpoint.beforeDelivery(ON_CTI_EVENT);
            try {
                ((CtiEventListener) endpoint).onCtiEvent(events.get(0));
            } finally {
                endpoint.afterDelivery();
            }
            return true;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the listener interface lacks its delivery method", e);
        } finally {
            endpoint.release();
        }
    }

    private void giveUp(MessageEndpointFactory factory, Dispatch dispatch, int attempts, String error) {
        status.deadLetter();
        deadLetters.add(new DeadLetter(dispatch.event().origin(), dispatch.event().getClass().getSimpleName(),
                String.valueOf(dispatch.event()), String.valueOf(dispatch.raw()), factory.getActivationName(),
                attempts, error, clock.instant()));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
