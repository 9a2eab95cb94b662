package org.ctios.web.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The streams and the sequence of events they share: numbers each event, keeps the latest in a replay buffer and
 * offers each to the streams whose filter it matches, without waiting for any of them. Plain Java: the CDI bean
 * {@link EventStreams} feeds it and gives it its threads.
 */
public final class EventHub {

    /**
     * The settings that bound the hub; {@code stallTimeout}: how long a stream's client may take no write at all
     * before the stream is closed.
     */
    public record Limits(int replayBufferSize, int streamQueueLimit, int maxStreams, Duration stallTimeout) {

        public Limits {
            if (replayBufferSize < 1 || streamQueueLimit < 2 || maxStreams < 1 || stallTimeout.isNegative()
                    || stallTimeout.isZero()) {
                throw new IllegalArgumentException("event stream limits must be positive (a stream queue at least 2,"
                        + " for the snapshot and one event): " + replayBufferSize + ", " + streamQueueLimit + ", "
                        + maxStreams + ", " + stallTimeout);
            }
        }
    }

    /** How a stream began. */
    public enum Start {
        /** With the events after the client's {@code Last-Event-ID}. */
        RESUMED,
        /** With a snapshot: a new client, or one whose id was too old. */
        SNAPSHOT
    }

    /** Every client is refused because {@link Limits#maxStreams} are open. */
    public static class TooManyStreamsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooManyStreamsException(int max) {
            super("the server already serves " + max + " event streams; try again later");
        }
    }

    /** Attempts to take a snapshot that the replay buffer still covers when it is done. */
    private static final int SNAPSHOT_ATTEMPTS = 3;

    private final Limits limits;
    private final Executor writers;
    private final Executor closers;
    private final Object lock = new Object();
    private final ReplayBuffer replay;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoClock;
    private final AtomicLong dropped = new AtomicLong();
    private volatile Runnable dropObserver = () -> { };
    private long lastId;

    /**
     * @param firstId the id of the first event: far from any id an earlier run of the server or another server of
     *                its cluster gave out ({@link EventIdSpace})
     * @param writers the threads that write to the clients (one stream at a time each)
     */
    public EventHub(Limits limits, long firstId, Executor writers) {
        this(limits, firstId, writers, Runnable::run, System::nanoTime);
    }

    /**
     * @param closers   the threads that end the responses of closed streams (which may wait while the client does
     *                  not read)
     * @param nanoClock what {@link #closeStalled()} measures a stall with ({@link System#nanoTime()})
     */
    public EventHub(Limits limits, long firstId, Executor writers, Executor closers, LongSupplier nanoClock) {
        this.limits = limits;
        this.writers = writers;
        this.closers = closers;
        this.nanoClock = nanoClock;
        this.lastId = firstId - 1;
        this.replay = new ReplayBuffer(limits.replayBufferSize(), lastId);
    }

    /** Runs {@code observer} each time a stream is dropped because its client did not keep up (for a metric). */
    public void onDrop(Runnable observer) {
        dropObserver = observer;
    }

    /** Numbers the event, keeps it for replay and hands it to every stream that wants it. */
    public StreamEvent publish(String name, String data, EventRouting routing) {
        StreamEvent event;
        synchronized (lock) {
            event = new StreamEvent(++lastId, name, data, routing);
            replay.append(event);
            for (EventStream stream : streams) {
                if (stream.filter().matches(routing)) {
                    stream.offer(event);
                }
            }
        }
        for (EventStream stream : streams) {
            stream.wakeWriter();
        }
        return event;
    }

    /**
     * Opens a stream. A client with a {@code lastEventId} that the replay buffer still covers gets the events it
     * missed; any other gets a snapshot first, taken by {@code snapshot} (outside the hub's lock: it reads the
     * database), then every event from the moment before the snapshot was taken.
     */
    public Start open(EventFilter filter, Long lastEventId, Function<EventFilter, String> snapshot, StreamSink sink) {
        if (streams.size() >= limits.maxStreams()) {
            throw new TooManyStreamsException(limits.maxStreams());
        }
        EventStream registered = new EventStream(filter, sink, limits.streamQueueLimit(), writers, closers,
                this::closed, nanoClock);
        if (lastEventId != null) {
            synchronized (lock) {
                Optional<List<StreamEvent>> missed = replay.after(lastEventId);
                if (missed.isPresent() && startWith(registered, null, missed.get())) {
                    registered.wakeWriter();
                    return Start.RESUMED;
                }
            }
        }
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            long before;
            synchronized (lock) {
                before = lastId;
            }
            String data = snapshot.apply(filter);
            synchronized (lock) {
                // nothing published meanwhile needs no buffer (even one just forgotten)
                Optional<List<StreamEvent>> since = before == lastId ? Optional.of(List.of()) : replay.after(before);
                if (since.isPresent() && startWith(registered,
                        new StreamEvent(before, StreamEvent.SNAPSHOT, data, null), since.get())) {
                    registered.wakeWriter();
                    return Start.SNAPSHOT;
                }
            }
        }
        registered.close(StreamCloseReason.SERVER);
        throw new IllegalStateException("events came faster than a snapshot could be taken " + SNAPSHOT_ATTEMPTS
                + " times over");
    }

    /** Queues the first event (if any) and the matching events, and registers the stream; false if they do not fit. */
    private boolean startWith(EventStream stream, StreamEvent first, List<StreamEvent> events) {
        List<StreamEvent> matching = events.stream().filter(event -> stream.filter().matches(event.routing()))
                .toList();
        if (!stream.hasRoomFor(matching.size() + (first == null ? 0 : 1))) {
            return false;
        }
        if (first != null) {
            stream.offer(first);
        }
        matching.forEach(stream::offer);
        streams.add(stream);
        return true;
    }

    private void closed(EventStream stream, StreamCloseReason reason) {
        streams.remove(stream);
        if (reason.isDrop()) {
            dropped.incrementAndGet();
            dropObserver.run();
        }
    }

    /**
     * Closes every stream whose client has taken no write for the stall timeout: one that stopped reading while it
     * had too few events to fill its queue, or whose connection died without a word.
     */
    public void closeStalled() {
        long timeout = limits.stallTimeout().toNanos();
        for (EventStream stream : streams) {
            if (stream.stalledFor(timeout)) {
                stream.close(StreamCloseReason.STALLED);
            }
        }
    }

    /** Has every stream send a heartbeat comment if it has nothing else to send. */
    public void heartbeat() {
        for (EventStream stream : streams) {
            stream.heartbeat();
            stream.wakeWriter();
        }
    }

    /**
     * Events were lost before they reached the hub: forget the replay buffer and close every stream, so that each
     * client comes back to a snapshot instead of a stream with a silent gap.
     */
    public void restartAll() {
        synchronized (lock) {
            replay.forgetAll();
            for (EventStream stream : List.copyOf(streams)) {
                stream.close(StreamCloseReason.SERVER);
            }
        }
    }

    /**
     * Notices went by unpublished while no stream was open: a client that comes back must not resume as if it had
     * missed nothing, so it gets a snapshot.
     */
    public void forgetReplay() {
        synchronized (lock) {
            replay.forgetAll();
        }
    }

    /** Closes every stream (the application stops). */
    public void closeAll() {
        for (EventStream stream : List.copyOf(streams)) {
            stream.close(StreamCloseReason.SERVER);
        }
    }

    public int activeStreams() {
        return streams.size();
    }

    /** Streams closed since the start because their clients did not keep up (a full queue or a stall). */
    public long droppedStreams() {
        return dropped.get();
    }

    public long lastId() {
        synchronized (lock) {
            return lastId;
        }
    }
}
