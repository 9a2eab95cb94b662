package org.ctios.connector.adapter.inbound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import org.ctios.connector.api.DeadLetter;

/** The newest events whose delivery failed every attempt, bounded; each is also logged in full. */
public final class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    private final int capacity;
    private final Deque<DeadLetter> letters = new ArrayDeque<>();

    public DeadLetters(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(DeadLetter letter) {
        LOG.severe("CTI event given up after " + letter.attempts() + " delivery attempts to " + letter.endpoint()
                + ": " + letter.error() + "; event " + letter.event() + "; from " + letter.raw());
        if (letters.size() == capacity) {
            letters.removeFirst();
        }
        letters.addLast(letter);
    }

    /** Oldest first. */
    public synchronized List<DeadLetter> all() {
        return List.copyOf(letters);
    }
}
