package org.ctios.connector.adapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.adapter.link.LinkStatusHolder;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.CtiEventListener;
import org.ctios.connector.api.DeadLetter;
import org.ctios.connector.api.event.CtiEvent;

/**
 * Delivers events to a message endpoint (MDB), for the endpoint's {@link DeliveryLane}. Every delivery pairs
 * {@code beforeDelivery} and {@code afterDelivery} and releases the endpoint exactly once. A delivery that throws is
 * retried a bounded number of times, then becomes a dead letter; an endpoint pool with nothing free
 * ({@link UnavailableException}) is waited for, which stops the reading of events upstream, up to a bound. An
 * endpoint that takes batches ({@link CtiEventBatchListener}) gets several events in one delivery; when that delivery
 * fails, each event is delivered again on its own, with its own retries. A delivery fails when the endpoint throws,
 * and also when its transaction rolls back as the container ends it ({@link DeliveryOutcomes}).
 */
public final class EndpointDelivery {

    private static final Logger LOG = Logger.getLogger(EndpointDelivery.class.getName());
    private static final Method ON_CTI_EVENT;
    private static final Method ON_CTI_EVENTS;
    /** Longest wait for a free endpoint when taking one from the container. */
    private static final long CREATE_TIMEOUT_MILLIS = 5_000;
    /** Pause before asking an exhausted pool again. */
    private static final long UNAVAILABLE_PAUSE_MILLIS = 50;
    /** Pause before a retry, this much longer after each failed attempt. */
    private static final long RETRY_PAUSE_MILLIS = 100;

    static {
        try {
            ON_CTI_EVENT = CtiEventListener.class.getMethod("onCtiEvent", CtiEvent.class);
            ON_CTI_EVENTS = CtiEventBatchListener.class.getMethod("onCtiEvents", List.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int maxAttempts;
    private final Duration unavailableLimit;
    private final DeadLetters deadLetters;
    private final LinkStatusHolder status;
    private final Clock clock;
    private final DeliveryOutcomes outcomes;

    /**
     * With no way to tell whether a delivery's transaction committed once the endpoint returned.
     *
     * @param settings the attempts per event and the longest wait for a free endpoint
     */
    public EndpointDelivery(DeliverySettings settings, DeadLetters deadLetters, LinkStatusHolder status,
                            Clock clock) {
        this(settings, deadLetters, status, clock, DeliveryOutcomes.UNWATCHED);
    }

    /**
     * @param settings the attempts per event and the longest wait for a free endpoint
     * @param outcomes whether a delivery's transaction committed: one that rolled back in {@code afterDelivery}
     *                 is a failed delivery, retried as one that threw
     */
    public EndpointDelivery(DeliverySettings settings, DeadLetters deadLetters, LinkStatusHolder status,
                            Clock clock, DeliveryOutcomes outcomes) {
        this.outcomes = outcomes;
        this.maxAttempts = settings.maxAttempts();
        this.unavailableLimit = settings.endpointWaitLimit();
        this.deadLetters = deadLetters;
        this.status = status;
        this.clock = clock;
    }

    /** An event offered to the endpoint: counted, so that the link's counters add up. */
    void offered() {
        status.deliveryOffered();
    }

    /** An event the endpoint's filter declined: counted, so that the link's counters still add up. */
    void declined() {
        status.eventFiltered();
    }

    /**
     * Delivers events, in order, to an endpoint: at once to one that takes batches. Once {@code laneClosing} is
     * given, no retry and no wait for a free endpoint starts, and a pause between attempts ends, so that the lane's
     * workers stop within their bound.
     */
    void deliver(MessageEndpointFactory factory, List<Dispatch> dispatches, CloseSignal laneClosing)
            throws InterruptedException {
        if (dispatches.size() == 1 || !deliveredAsBatch(factory, dispatches)) {
            for (Dispatch dispatch : dispatches) {
                deliverWithRetries(factory, dispatch, laneClosing);
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

    private void deliverWithRetries(MessageEndpointFactory factory, Dispatch dispatch, CloseSignal laneClosing)
            throws InterruptedException {
        int attempts = 0;
        long unavailableSince = -1;
        while (true) {
            if ((attempts > 0 || unavailableSince >= 0) && laneClosing.isClosed()) {
                LOG.warning("CTI event not delivered to " + factory.getActivationName() + ", which is going away: "
                        + dispatch.event());
                return;
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
                laneClosing.pause(UNAVAILABLE_PAUSE_MILLIS);
            } catch (ResourceException | RuntimeException e) {
                attempts++;
                if (attempts >= maxAttempts) {
                    giveUp(factory, dispatch, attempts, String.valueOf(rootCause(e)));
                    return;
                }
                LOG.warning("delivery of " + dispatch.event() + " rolled back (" + rootCause(e) + "), attempt "
                        + attempts + " of " + maxAttempts + "; retrying");
                LOG.log(Level.FINE, "the delivery's failure", e);
                laneClosing.pause(RETRY_PAUSE_MILLIS * attempts);
            }
        }
    }

    /**
     * One delivery, in one transaction: the events as a batch to an endpoint that takes batches, or the one event to
     * an endpoint that does not.
     *
     * @return false, having delivered nothing, for several events and an endpoint that takes them one at a time
     */
    private boolean deliverOnce(MessageEndpointFactory factory, List<CtiEvent> events) throws ResourceException {
        MessageEndpoint endpoint = factory.createEndpoint(null, CREATE_TIMEOUT_MILLIS);
        try {
            DeliveryOutcomes.Watch transaction;
            if (endpoint instanceof CtiEventBatchListener batchListener) {
                endpoint.beforeDelivery(ON_CTI_EVENTS);
                transaction = outcomes.watch();
                try {
                    batchListener.onCtiEvents(events);
                } finally {
                    endpoint.afterDelivery();
                }
            } else if (events.size() > 1) {
                return false;
            } else {
                endpoint.beforeDelivery(ON_CTI_EVENT);
                transaction = outcomes.watch();
                try {
                    ((CtiEventListener) endpoint).onCtiEvent(events.get(0));
                } finally {
                    endpoint.afterDelivery();
                }
            }
            if (transaction.rolledBack()) {
                throw new DeliveryRolledBackException("the endpoint returned, then its transaction rolled back as it"
                        + " ended (see the container's log for why)");
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
