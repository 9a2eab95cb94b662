package org.ctios.simulator.server;

import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.ctios.simulator.acd.AcdEngine;
import org.ctios.simulator.acd.AcdEvent;

/**
 * Faults a test can give the CTI Server, to see how a client copes: a failed side, events held back, control requests
 * left unanswered, malformed frames. Kept apart from {@link CtiServer} so the protocol server reads as a correct CTI
 * Server, with the few places where a fault may interfere visible as calls to this class.
 */
public final class ServerFaults {

    private static final Logger LOG = Logger.getLogger(ServerFaults.class.getName());

    /** The most switch events held back at once: reaching it ends the hold, and they are all sent. */
    public static final int MAX_HELD_EVENTS = EventHold.MAX_HELD_EVENTS;

    private final AcdEngine engine;
    private final ServerSides sides;
    private final SessionRegistry sessions;
    private final EventHold eventHold;
    private volatile boolean ignoringControlRequests;

    ServerFaults(AcdEngine engine, ServerSides sides, SessionRegistry sessions, EventHold eventHold) {
        this.engine = engine;
        this.sides = sides;
        this.sessions = sessions;
        this.eventHold = eventHold;
    }

    /** Side failure: drops the side's sessions and refuses new connections until {@link #restoreSide}. */
    public void failSide(String label) throws IOException {
        if (sides.stop(label)) {
            LOG.info("CTI Server side " + label + " failed");
        }
    }

    /** Brings a failed side back on its port. */
    public void restoreSide(String label) throws IOException {
        if (sides.restart(label)) {
            LOG.info("CTI Server side " + label + " restored");
        }
    }

    /**
     * Holds back every switch event from now on, while control requests are still carried out and confirmed: a CTI
     * Server whose events are late. {@link #releaseEvents} sends them, in order; so does reaching
     * {@link #MAX_HELD_EVENTS}.
     */
    public void holdEvents() {
        // On the switch's thread, as the hold is used there: events of a task under way are not split.
        engine.call(acd -> {
            eventHold.start();
            return null;
        });
        LOG.info("switch events held back");
    }

    /** Ends {@link #holdEvents}: sends the events held back, in order, then each as it happens. Returns how many. */
    public int releaseEvents() {
        int released = engine.call(acd -> eventHold.release());
        LOG.info("switch events released: " + released + " held back");
        return released;
    }

    /**
     * While true, control requests get no answer at all and never reach the switch (heartbeats still do): a CTI
     * Server that has stopped answering its clients' requests.
     */
    public void ignoreControlRequests(boolean ignore) {
        ignoringControlRequests = ignore;
        LOG.info(ignore ? "control requests ignored" : "control requests answered again");
    }

    boolean ignoresControlRequests() {
        return ignoringControlRequests;
    }

    /**
     * A faulty CTI Server: queues {@code count} malformed frames ({@link MalformedFrames}) to every open session, after
     * whatever is already queued for it. Returns how many sessions got them.
     */
    public int sendMalformedFrames(int count) {
        int hit = 0;
        for (ClientSession session : sessions.all()) {
            for (int i = 0; i < count; i++) {
                session.send(MalformedFrames.frame(i));
            }
            hit++;
        }
        LOG.info(count + " malformed frames queued to " + hit + " sessions");
        return hit;
    }

    /** Switch thread only: the events go on to the sessions, unless they are held back. */
    void eventsHappened(List<AcdEvent> events) {
        eventHold.offer(events);
    }
}
