package org.ctios.connector.adapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.api.CtiEvent;
import org.ctios.connector.api.CtiEventListener;

/**
 * The activated message endpoints (MDBs) and the delivery of events to them. Each delivery pairs
 * {@code beforeDelivery} and {@code afterDelivery} and releases the endpoint exactly once, whatever happens.
 */
public final class EndpointRegistry {

    private static final Logger LOG = Logger.getLogger(EndpointRegistry.class.getName());
    private static final Method ON_CTI_EVENT;

    static {
        try {
            ON_CTI_EVENT = CtiEventListener.class.getMethod("onCtiEvent", CtiEvent.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final List<MessageEndpointFactory> factories = new CopyOnWriteArrayList<>();

    public void add(MessageEndpointFactory factory) {
        factories.add(factory);
    }

    public void remove(MessageEndpointFactory factory) {
        factories.remove(factory);
    }

    public boolean isEmpty() {
        return factories.isEmpty();
    }

    /** Delivers an event to every activated endpoint, one after the other. */
    public void deliver(CtiEvent event) {
        for (MessageEndpointFactory factory : factories) {
            try {
                deliver(factory, event);
            } catch (UnavailableException e) {
                LOG.log(Level.WARNING, "endpoint " + factory.getActivationName() + " unavailable for " + event, e);
            } catch (ResourceException | RuntimeException e) {
                LOG.log(Level.WARNING, "delivery of " + event + " to " + factory.getActivationName() + " failed", e);
            }
        }
    }

    private static void deliver(MessageEndpointFactory factory, CtiEvent event) throws ResourceException {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            endpoint.beforeDelivery(ON_CTI_EVENT);
            try {
                ((CtiEventListener) endpoint).onCtiEvent(event);
            } finally {
                endpoint.afterDelivery();
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the listener interface has no onCtiEvent method", e);
        } finally {
            endpoint.release();
        }
    }
}
