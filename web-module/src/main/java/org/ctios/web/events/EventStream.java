package org.ctios.web.events;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's stream: a bounded queue of what it is still to receive and the sink it goes to. The hub offers
 * without waiting; one writer at a time moves events from the queue to the sink, but only while the sink is ready:
 * a writer never waits for a client. While the client does not read, events wait in the queue; a full queue means
 * the client does not keep up and the stream is closed (the client comes back with {@code Last-Event-ID}). A stream
 * whose sink has not been ready for the stall timeout is closed as well.
 */
final class EventStream {

    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());
    /** What the queue carries to ask the writer for a heartbeat. */
    private static final StreamEvent HEARTBEAT = new StreamEvent(-1, "heartbeat", "", null);
    /** Events a writer sends before it lets other streams have its thread. */
    private static final int BATCH = 64;
    /** {@link #waitingSince} when the last write attempt found the sink ready. */
    private static final long NOT_WAITING = Long.MIN_VALUE;

    private final EventFilter filter;
    private final StreamSink sink;
    private final BlockingQueue<StreamEvent> queue;
    private final Executor writers;
    private final Executor closers;
    private final BiConsumer<EventStream, StreamCloseReason> onClose;
    private final LongSupplier nanoClock;
    /** A writer owns the sink (at most one at a time). */
    private final AtomicBoolean writing = new AtomicBoolean();
    /** Something asked for a write since the writer last looked. */
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Set by {@link #endWith}: the stream closes, for this reason, once the event marked last is sent. */
    private volatile StreamCloseReason farewell;
    /** When a write attempt found the sink not ready (nano clock), or {@link #NOT_WAITING}. */
    private final AtomicLong waitingSince = new AtomicLong(NOT_WAITING);

    /**
     * @param closers where the sink is closed: ending a response whose client does not read may wait (its final
     *                chunk), so never on the caller's thread (the dispatcher) nor a writer
     */
    EventStream(EventFilter filter, StreamSink sink, int queueLimit, Executor writers, Executor closers,
                BiConsumer<EventStream, StreamCloseReason> onClose, LongSupplier nanoClock) {
        this.filter = filter;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(queueLimit);
        this.writers = writers;
        this.closers = closers;
        this.onClose = onClose;
        this.nanoClock = nanoClock;
        sink.attach(this::writePossible, this::failed);
    }

    EventFilter filter() {
        return filter;
    }

    /**
     * Ends the stream after sending what is queued and then {@code last} (an event the client reads as "why"), or at
     * once when the client is so far behind that even {@code last} does not fit.
     */
    void endWith(StreamEvent last, StreamCloseReason reason) {
        if (closed.get()) {
            return;
        }
        farewell = reason;
        if (!queue.offer(last)) {
            close(reason);
            return;
        }
        requestWrite();
    }

    /** Queues the event for sending; false (and the stream closed) when the client is too far behind. */
    boolean offer(StreamEvent event) {
        if (closed.get()) {
            return false;
        }
        if (!queue.offer(event)) {
            LOG.fine(() -> "closing a stream whose client is " + queue.size() + " events behind (" + filter + ")");
            close(StreamCloseReason.FELL_BEHIND);
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
        if (!queue.isEmpty()) {
            requestWrite();
        }
    }

    /** The sink can take a write again: a writer looks even with nothing queued, so it sees the sink ready. */
    private void writePossible() {
        requestWrite();
    }

    private void failed(Throwable cause) {
        LOG.fine(() -> "a stream's client is gone: " + cause);
        close(StreamCloseReason.CLIENT_GONE);
    }

    private void requestWrite() {
        if (closed.get()) {
            return;
        }
        wakeRequested.set(true);
        if (writing.compareAndSet(false, true)) {
            try {
                writers.execute(this::write);
            } catch (RuntimeException rejected) {
                writing.set(false);
                LOG.log(Level.WARNING, "no writer took a stream's events; closing it", rejected);
                close(StreamCloseReason.SERVER);
            }
        }
    }

    /** Runs on a writer thread that owns the sink; leaves when the queue is empty or the sink is not ready. */
    private void write() {
        do {
            wakeRequested.set(false);
            try {
                if (sendWhileReady()) {
                    wakeRequested.set(true); // a full batch: queue again behind the other streams
                }
            } catch (IOException | RuntimeException e) {
                failed(e);
            } finally {
                writing.set(false);
            }
            if (closed.get()) {
                closeSink();
                return;
            }
        } while (wakeRequested.get() && writing.compareAndSet(false, true));
    }

    /**
     * Sends queued events while the sink takes them, flushed together at the end of the turn; true if it stopped only
     * because the batch was full.
     */
    private boolean sendWhileReady() throws IOException {
        try {
            return sendBatchWhileReady();
        } finally {
            sink.flush();
        }
    }

    private boolean sendBatchWhileReady() throws IOException {
        for (int sent = 0; sent < BATCH; sent++) {
            if (closed.get()) {
                return false;
            }
            if (!sink.isReady()) {
                // the sink calls writePossible() when it is; until then events wait in the bounded queue
                waitingSince.compareAndSet(NOT_WAITING, nanoClock.getAsLong());
                return false;
            }
            waitingSince.set(NOT_WAITING);
            StreamEvent event = queue.poll();
            if (event == null) {
                return false;
            }
            if (event == HEARTBEAT) {
                sink.heartbeat();
            } else {
                sink.send(event);
                if (event.isLast() && farewell != null) {
                    close(farewell);
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the sink has not been ready for longer than {@code timeoutNanos}: its client does not read. */
    boolean stalledFor(long timeoutNanos) {
        long since = waitingSince.get();
        return since != NOT_WAITING && nanoClock.getAsLong() - since > timeoutNanos;
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops the stream. The sink is closed here unless a writer owns it; that writer closes it when it leaves
     * (closing twice does no harm).
     */
    void close(StreamCloseReason reason) {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            onClose.accept(this, reason);
            if (!writing.get()) {
                closeSink();
            }
        }
    }

    private void closeSink() {
        try {
            closers.execute(sink::close);
        } catch (RuntimeException rejected) {
            LOG.log(Level.WARNING, "a closed stream's response could not be ended; the container's timeouts will",
                    rejected);
        }
    }
}
