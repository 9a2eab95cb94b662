package org.ctios.web.events;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** This account already has as many streams open as it may. */
    public static class TooManyStreamsForAccountException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooManyStreamsForAccountException(String account, int max) {
            super(account + " already has " + max + " event streams open, as many as it may; close one first (a "
                    + "desktop that reconnects gets its stream back once the old connection is seen closed)");
        }
    }

    /** Events came so fast that no snapshot could be followed by them: the client should try again shortly. */
    public static class SnapshotOutrunException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SnapshotOutrunException(int attempts) {
            super("events came faster than a snapshot could be taken " + attempts + " times over; try again shortly");
        }
    }

    /** The SSE event name of a stream's last event when its sign-in no longer holds. */
    public static final String SIGNED_OUT = "signed-out";

    /**
     * Who opens a stream, how many it may have open at once, and what its sign-in is checked against while it is
     * open ({@link #endWhere}).
     *
     * @param credential what the caller signed in with, as {@code StreamSignIns} compares it (a fingerprint of the
     *                   account's stored password), or null (a token, or no account)
     * @param until      when the stream must end at the latest: its longest life, or its token's expiry
     */
    public record Owner(String account, int maxStreams, String credential, Instant until) {

        /** No account, no limit of its own (tests, internal clients). */
        public static final Owner ANYONE = new Owner("", Integer.MAX_VALUE);

        /** An owner whose sign-in is not checked again. */
        public Owner(String account, int maxStreams) {
            this(account, maxStreams, null, Instant.MAX);
        }
    }

    /**
     * Where the hub's sequence stood: the last event's id, and how many times events were let go unnumbered or
     * forgotten (no stream listened, or streams were restarted). A snapshot taken at a position covers the events up
     * to {@code lastId}; the stream it starts needs the events after it, none of which may have been let go.
     */
    public record Position(long lastId, long gaps) {
    }

    /** A snapshot and the position it was taken after. */
    public record Snapshot(Position after, String data) {
    }

    /** Takes a stream's snapshot: the state now, read after the hub's {@link #position()}. */
    @FunctionalInterface
    public interface SnapshotSource {

        /** @param fresh a snapshot taken after this call began, never one shared from before */
        Snapshot take(EventFilter filter, boolean fresh);
    }

    /** Attempts to take a snapshot that the replay buffer still covers when it is done. */
    private static final int SNAPSHOT_ATTEMPTS = 3;

    private final Limits limits;
    private final Executor writers;
    private final Executor closers;
    private final Object lock = new Object();
    private final ReplayBuffer replay;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    /** Each stream's owner, for {@link #endWhere}. */
    private final Map<EventStream, Owner> owners = new ConcurrentHashMap<>();
    /**
     * The open streams by where {@link #publish} looks for them: an event is offered only to the streams that can
     * want it, so that with thousands of agent desktops open an event costs its few streams, not one look at each.
     */
    private final StreamIndex index = new StreamIndex();
    private final LongSupplier nanoClock;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicInteger reserved = new AtomicInteger();
    private final Map<String, Integer> perAccount = new ConcurrentHashMap<>();
    private volatile Runnable dropObserver = () -> { };
    private long lastId;
    /** How many times events were let go unnumbered or forgotten: see {@link Position}. */
    private long gaps;

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

    /**
     * Numbers the event, keeps it for replay and hands it to every stream that wants it; then wakes the writers of
     * those streams only (a stream that waits for its client is woken by the client's connection, not by events).
     */
    public StreamEvent publish(String name, String data, EventRouting routing) {
        StreamEvent event;
        List<EventStream> offered = new ArrayList<>();
        synchronized (lock) {
            event = new StreamEvent(++lastId, name, data, routing);
            replay.append(event);
            index.forEachCandidate(routing, stream -> {
                if (stream.filter().matches(routing) && stream.offer(event)) {
                    offered.add(stream);
                }
            });
        }
        for (EventStream stream : offered) {
            stream.wakeWriter();
        }
        return event;
    }

    /**
     * Opens a stream for anyone, its snapshot taken by {@code snapshot} at the hub's position now: see
     * {@link #open(EventFilter, Long, SnapshotSource, StreamSink, Owner)}.
     */
    public Start open(EventFilter filter, Long lastEventId, Function<EventFilter, String> snapshot, StreamSink sink) {
        return open(filter, lastEventId, (wanted, fresh) -> {
            Position before = position();
            return new Snapshot(before, snapshot.apply(wanted));
        }, sink, Owner.ANYONE);
    }

    /**
     * Opens a stream. A client with a {@code lastEventId} that the replay buffer still covers gets the events it
     * missed; any other gets a snapshot first (taken outside the hub's lock), then every event after the position
     * the snapshot was taken at. A snapshot whose following events are no longer all at hand (the replay buffer moved
     * on, or events were let go while nobody listened) is taken again, fresh.
     *
     * @throws TooManyStreamsException           when the server serves as many streams as it may
     * @throws TooManyStreamsForAccountException when the owner's account has as many open as it may
     */
    public Start open(EventFilter filter, Long lastEventId, SnapshotSource snapshots, StreamSink sink, Owner owner) {
        reserve(owner);
        EventStream registered;
        try {
            registered = new EventStream(filter, sink, limits.streamQueueLimit(), writers, closers,
                    (stream, reason) -> closed(stream, reason, owner), nanoClock);
            owners.put(registered, owner);
        } catch (RuntimeException e) {
            release(owner);
            throw e;
        }
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
            Snapshot snapshot = snapshots.take(filter, attempt > 0);
            synchronized (lock) {
                Optional<List<StreamEvent>> since = following(snapshot.after());
                if (since.isPresent() && startWith(registered,
                        new StreamEvent(snapshot.after().lastId(), StreamEvent.SNAPSHOT, snapshot.data(), null),
                        since.get())) {
                    registered.wakeWriter();
                    return Start.SNAPSHOT;
                }
            }
        }
        registered.close(StreamCloseReason.SERVER);
        throw new SnapshotOutrunException(SNAPSHOT_ATTEMPTS);
    }

    /** Where the sequence stands now. */
    public Position position() {
        synchronized (lock) {
            return new Position(lastId, gaps);
        }
    }

    /** The events after a position, if every one is at hand; under the lock. */
    private Optional<List<StreamEvent>> following(Position position) {
        if (position.gaps() != gaps) {
            return Optional.empty(); // events were let go since: the snapshot may lack some
        }
        // nothing published since needs no buffer (even one just forgotten)
        return position.lastId() == lastId ? Optional.of(List.of()) : replay.after(position.lastId());
    }

    private void reserve(Owner owner) {
        if (reserved.incrementAndGet() > limits.maxStreams()) {
            reserved.decrementAndGet();
            throw new TooManyStreamsException(limits.maxStreams());
        }
        if (owner.maxStreams() == Integer.MAX_VALUE) {
            return;
        }
        boolean[] refused = {false};
        perAccount.compute(owner.account(), (account, open) -> {
            int now = open == null ? 0 : open;
            if (now >= owner.maxStreams()) {
                refused[0] = true;
                return open;
            }
            return now + 1;
        });
        if (refused[0]) {
            reserved.decrementAndGet();
            throw new TooManyStreamsForAccountException(owner.account(), owner.maxStreams());
        }
    }

    private void release(Owner owner) {
        reserved.decrementAndGet();
        if (owner.maxStreams() != Integer.MAX_VALUE) {
            perAccount.computeIfPresent(owner.account(), (account, open) -> open <= 1 ? null : open - 1);
        }
    }

    /** Streams the account has open (or is opening) now. */
    public int streamsOf(String account) {
        return perAccount.getOrDefault(account, 0);
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
        index.add(stream);
        return true;
    }

    private void closed(EventStream stream, StreamCloseReason reason, Owner owner) {
        owners.remove(stream);
        streams.remove(stream);
        index.remove(stream);
        release(owner);
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

    /**
     * Ends every open stream whose owner's sign-in no longer holds: {@code why} answers, for an owner, why its streams
     * must end (empty: they may stay). Each ends with a {@code signed-out} event carrying that reason after what it
     * has queued, so that its client knows to sign in again rather than to resume.
     *
     * @return how many streams were ended
     */
    public int endWhere(Function<Owner, Optional<String>> why) {
        int ended = 0;
        for (EventStream stream : List.copyOf(streams)) {
            Owner owner = owners.get(stream);
            Optional<String> reason = owner == null ? Optional.empty() : why.apply(owner);
            if (reason.isPresent()) {
                stream.endWith(StreamEvent.last(SIGNED_OUT, Json.createObjectBuilder()
                        .add("reason", reason.get()).build().toString()), StreamCloseReason.SIGNED_OUT);
                ended++;
            }
        }
        return ended;
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
            gaps++;
            for (EventStream stream : List.copyOf(streams)) {
                stream.close(StreamCloseReason.SERVER);
            }
        }
    }

    /**
     * Lets a batch of notices go unnumbered if no stream is open or being opened, in one step with looking, so that
     * no stream opens between the two: a client that comes back must not resume as if it had missed nothing (it gets
     * a snapshot). A stream being opened counts as listening, so that its snapshot is followed by these notices
     * instead of being taken again (on a quiet server with a trickle of notices it could be outrun every time).
     *
     * @return true when nobody listens and the notices were let go
     */
    public boolean letGoIfNobodyListens() {
        synchronized (lock) {
            // a stream being opened listens: its snapshot's position must find these events, not a gap
            if (!streams.isEmpty() || reserved.get() > 0) {
                return false;
            }
            replay.forgetAll();
            gaps++;
            return true;
        }
    }

    /** Forgets the replay buffer: clients that come back get a snapshot. */
    public void forgetReplay() {
        synchronized (lock) {
            replay.forgetAll();
            gaps++;
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

    /** Whether an open stream would receive an event so routed (someone watches what it concerns). */
    public boolean anyStreamWants(EventRouting routing) {
        return streams.stream().anyMatch(stream -> stream.filter().matches(routing));
    }

    /** Streams open or being opened (what the limits count). */
    public int reservedStreams() {
        return reserved.get();
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
