package org.ctios.simulator.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.ctios.simulator.acd.AcdEvent;

/**
 * Holds switch events back while a test wants a CTI Server whose events are late, and sends them in order when the
 * hold ends. Used on the switch's thread only, where events are produced, so it needs no lock and cannot reorder
 * them.
 */
final class EventHold {

    private static final Logger LOG = Logger.getLogger(EventHold.class.getName());

    /** The most switch events held back at once: reaching it ends the hold, and they are all sent. */
    static final int MAX_HELD_EVENTS = 10_000;

    private final Consumer<List<AcdEvent>> send;
    private final List<AcdEvent> held = new ArrayList<>();
    private boolean holding;

    EventHold(Consumer<List<AcdEvent>> send) {
        this.send = send;
    }

    /** From now on events are held back. */
    void start() {
        holding = true;
    }

    /** Ends the hold: sends the events held back, in order. Returns how many there were. */
    int release() {
        holding = false;
        List<AcdEvent> released = List.copyOf(held);
        held.clear();
        send.accept(released);
        return released.size();
    }

    /** Sends the events, or keeps them while the hold lasts. */
    void offer(List<AcdEvent> events) {
        if (!holding) {
            send.accept(events);
            return;
        }
        held.addAll(events);
        if (held.size() >= MAX_HELD_EVENTS) {
            LOG.warning(held.size() + " switch events held back: the hold ends, they are sent");
            release();
        }
    }
}
