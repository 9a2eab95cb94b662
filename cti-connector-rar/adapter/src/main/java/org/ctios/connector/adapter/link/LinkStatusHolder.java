package org.ctios.connector.adapter.link;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.connector.api.LinkStatus;

/** The link's observable state, written by the link's and the delivery threads, read by any other. */
public final class LinkStatusHolder {

    private final Clock clock;
    private final AtomicLong eventsReceived = new AtomicLong();
    private final AtomicLong eventsDelivered = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong eventsIgnored = new AtomicLong();
    private final AtomicLong eventsGenerated = new AtomicLong();
    private final AtomicLong eventsDispatched = new AtomicLong();
    private final AtomicLong eventsFiltered = new AtomicLong();
    private final AtomicLong deliveriesOffered = new AtomicLong();
    private boolean connected;
    private String side;
    private Instant connectedSince;
    private Instant lastHeartbeat;
    private long reconnects;
    private long sessionsOpened;
    private boolean peripheralOnline;
    private boolean resynchronising;
    private String lastError;
    private boolean standby;

    public LinkStatusHolder(Clock clock) {
        this.clock = clock;
    }

    synchronized void connected(String connectedSide, boolean online) {
        connected = true;
        side = connectedSide;
        connectedSince = clock.instant();
        peripheralOnline = online;
        if (sessionsOpened++ > 0) {
            reconnects++;
        }
    }

    synchronized void disconnected(String reason) {
        connected = false;
        connectedSince = null;
        resynchronising = false;
        lastError = reason;
    }

    synchronized void heartbeatAnswered() {
        lastHeartbeat = clock.instant();
    }

    synchronized void peripheralOnline(boolean online) {
        peripheralOnline = online;
    }

    public synchronized void standby(boolean waiting) {
        standby = waiting;
    }

    synchronized void resynchronising(boolean inProgress) {
        resynchronising = inProgress;
    }

    void eventReceived() {
        eventsReceived.incrementAndGet();
    }

    /** A received event that carries nothing for applications. */
    public void eventIgnored() {
        eventsIgnored.incrementAndGet();
    }

    /** An event the connector made itself (the link's status, a resynchronisation's snapshot). */
    public void eventGenerated() {
        eventsGenerated.incrementAndGet();
    }

    /** An event handed on for delivery, once whatever the number of endpoints. */
    public void eventDispatched() {
        eventsDispatched.incrementAndGet();
    }

    public void eventDelivered() {
        eventsDelivered.incrementAndGet();
    }

    /** An event offered to an endpoint, which will deliver it, give up on it, or decline it by its filter. */
    public void deliveryOffered() {
        deliveriesOffered.incrementAndGet();
    }

    /** An event an endpoint's filter declined: it is not delivered to that endpoint. */
    public void eventFiltered() {
        eventsFiltered.incrementAndGet();
    }

    public void deadLetter() {
        deadLetters.incrementAndGet();
    }

    public synchronized boolean isConnected() {
        return connected;
    }

    /** The link's state, without the delivery's gauges (no endpoints, nothing pending): what the link knows. */
    public LinkStatus snapshot() {
        return snapshot(0, 0);
    }

    /**
     * @param messageEndpoints the endpoints receiving events now
     * @param eventsPending    the deliveries not yet completed nor given up on, now
     */
    public synchronized LinkStatus snapshot(int messageEndpoints, int eventsPending) {
        return new LinkStatus(connected, side, connectedSince, lastHeartbeat, reconnects, peripheralOnline,
                eventsReceived.get(), eventsDelivered.get(), deadLetters.get(), resynchronising, lastError,
                standby, eventsIgnored.get(), eventsGenerated.get(), eventsDispatched.get(), messageEndpoints,
                eventsPending, eventsFiltered.get(), deliveriesOffered.get());
    }
}
