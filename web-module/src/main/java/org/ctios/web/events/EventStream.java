package org.ctios.web.events;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's stream: a bounded queue of what it is still to receive and the sink it goes to. The hub offers
 * without waiting; one writer at a time drains the queue into the sink. A full queue means the client does not
 * keep up: the stream is closed, and the client comes back with {@code Last-Event-ID}.
 */
final class EventStream {

    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());
    /** What the queue carries to ask the writer for a heartbeat. */
    private static final StreamEvent HEARTBEAT = new StreamEvent(-1, "heartbeat", "", null);
    /** Events a writer sends before it lets other streams have its thread. */
    private static final int BATCH = 64;

    private final EventFilter filter;
    private final StreamSink sink;
    private final BlockingQueue<StreamEvent> queue;
    private final Executor writers;
    private final Consumer<EventStream> onClose;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    EventStream(EventFilter filter, StreamSink sink, int queueLimit, Executor writers, Consumer<EventStream> onClose) {
        this.filter = filter;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(queueLimit);
        this.writers = writers;
        this.onClose = onClose;
    }

    EventFilter filter() {
        return filter;
    }

    /** Queues the event for sending; false (and the stream closed) when the client is too far behind. */
    boolean offer(StreamEvent event) {
        if (closed.get()) {
            return false;
        }
        if (!queue.offer(event)) {
            LOG.fine(() -> "closing a stream whose client is " + queue.size() + " events behind (" + filter + ")");
            close();
            return false;
        }
        return true;
    }

    /** Whether everything in the list fits in the queue now. */
    boolean hasRoomFor(int events) {
        return queue.remainingCapacity() >= events;
    }

    void heartbeat() {
        if (queue.isEmpty()) {
            offer(HEARTBEAT);
        }
    }

    /** Has a writer send what is queued, unless one is already at it. */
    void wakeWriter() {
        if (!closed.get() && !queue.isEmpty() && writing.compareAndSet(false, true)) {
            try {
                writers.execute(this::write);
            } catch (RuntimeException rejected) {
                writing.set(false);
                LOG.log(Level.WARNING, "no writer took a stream's events; closing it", rejected);
                close();
            }
        }
    }

    private void write() {
        try {
            for (int sent = 0; sent < BATCH && !closed.get(); sent++) {
                StreamEvent event = queue.poll();
                if (event == null) {
                    break;
                }
                if (event == HEARTBEAT) {
                    sink.heartbeat();
                } else {
                    sink.send(event);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "a stream's client is gone: " + e);
            close();
        } finally {
            writing.set(false);
        }
        if (closed.get()) {
            sink.close();
        } else {
            wakeWriter();
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops the stream. The sink is closed here unless a writer is sending to it (a slow client can hold a write
     * for a while); that writer closes it when its send returns.
     */
    void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            onClose.accept(this);
            if (!writing.get()) {
                sink.close();
            }
        }
    }
}
