package org.ctios.web.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The latest events, so that a client that reconnects with {@code Last-Event-ID} gets what it missed. Holds at most
 * {@code capacity} events; the oldest make room. Not thread-safe: its owner guards it.
 */
final class ReplayBuffer {

    private final int capacity;
    private final ArrayDeque<StreamEvent> events;
    /** Every event up to this id has left the buffer (or was never in it). */
    private long forgottenUpTo;
    private long lastId;

    /** @param startId the id before the first event that will be appended */
    ReplayBuffer(int capacity, long startId) {
        if (capacity < 1) {
            throw new IllegalArgumentException("replay buffer capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 1_024));
        this.forgottenUpTo = startId;
        this.lastId = startId;
    }

    void append(StreamEvent event) {
        if (event.id() <= lastId) {
            throw new IllegalArgumentException("event ids must grow: " + event.id() + " after " + lastId);
        }
        if (events.size() == capacity) {
            forgottenUpTo = events.removeFirst().id();
        }
        events.addLast(event);
        lastId = event.id();
    }

    /**
     * The events after {@code id}, oldest first; empty when some of them have been forgotten, or when the id is
     * not one this buffer has seen (a client of an earlier run of the server).
     */
    Optional<List<StreamEvent>> after(long id) {
        if (id < forgottenUpTo || id > lastId) {
            return Optional.empty();
        }
        List<StreamEvent> missed = new ArrayList<>();
        var newestFirst = events.descendingIterator();
        while (newestFirst.hasNext()) {
            StreamEvent event = newestFirst.next();
            if (event.id() <= id) {
                break;
            }
            missed.add(event);
        }
        Collections.reverse(missed);
        return Optional.of(missed);
    }

    /**
     * Forgets every event, so that every client that comes back starts with a snapshot, even one that had the
     * latest event: events were lost after it.
     */
    void forgetAll() {
        events.clear();
        forgottenUpTo = lastId + 1;
    }

    long lastId() {
        return lastId;
    }

    int size() {
        return events.size();
    }
}
