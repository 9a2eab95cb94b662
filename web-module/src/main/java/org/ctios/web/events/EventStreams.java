package org.ctios.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.api.Accounts;
import org.ctios.server.events.LiveUpdates;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.ctios.web.security.SecuritySettings;

/**
 * Owns the live event streams: hears each committed change's notices from the live model, once the model shows the
 * change, and only queues them (bounded, never waiting); a dispatcher thread turns them into events for the
 * {@link EventHub} from the live model, a pool of writers sends them to the clients, and a timer sends heartbeats.
 */
@ApplicationScoped
public class EventStreams {

    private static final Logger LOG = Logger.getLogger(EventStreams.class.getName());
    /** How long the dispatcher waits for a notice before it looks whether it should stop. */
    private static final long DISPATCH_POLL_MILLIS = 500;
    /** How often streams are checked for a client that has taken no write for the stall timeout. */
    private static final long STALL_CHECK_MILLIS = 1_000;
    /** Threads that end closed streams' responses. */
    private static final int CLOSER_THREADS = 4;

    @Inject
    private EventStreamSettings settings;

    @Inject
    private NoticeTranslator translator;

    @Inject
    private LiveUpdates live;

    @Inject
    private Accounts accounts;

    @Inject
    private SecuritySettings security;

    @Resource
    private ManagedThreadFactory threads;

    private final LiveUpdates.Listener listener = this::changed;
    /** The live model was read again and differed: every stream restarts from a snapshot. */
    private final AtomicBoolean modelReplaced = new AtomicBoolean();

    private BlockingQueue<Notice> notices;
    private final AtomicBoolean noticesLost = new AtomicBoolean();
    private volatile boolean running;
    private EventHub hub;
    private ExecutorService writers;
    private ExecutorService closers;
    private ScheduledExecutorService heartbeats;
    private Thread dispatcher;
    private int dispatchBatchSize;

    /** Starts with the application, so that events are numbered and buffered before the first client comes. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.fine(() -> "event streams ready, " + hub.activeStreams() + " open");
    }

    @PostConstruct
    void start() {
        notices = new ArrayBlockingQueue<>(settings.noticeQueueLimit());
        writers = Executors.newFixedThreadPool(settings.writerThreads(), threads);
        // Ending a dropped client's response may wait (its last chunk) while the client does not read: a few threads
        // of their own, a queue as long as the streams there may be.
        closers = new ThreadPoolExecutor(CLOSER_THREADS, CLOSER_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.limits().maxStreams()), threads);
        heartbeats = Executors.newSingleThreadScheduledExecutor(threads);
        hub = new EventHub(settings.limits(), EventIdSpace.firstId(new SecureRandom()), writers, closers,
                System::nanoTime);
        dispatchBatchSize = settings.dispatchBatchSize();   // a bad setting fails the deployment, not the thread
        running = true;
        dispatcher = threads.newThread(this::dispatch);
        dispatcher.setName("ctios-event-dispatcher");
        dispatcher.start();
        heartbeats.scheduleWithFixedDelay(hub::heartbeat, settings.heartbeatSeconds(), settings.heartbeatSeconds(),
                TimeUnit.SECONDS);
        heartbeats.scheduleWithFixedDelay(hub::closeStalled, STALL_CHECK_MILLIS, STALL_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        StreamSignIns signIns = new StreamSignIns(accounts::standings, security.demoUsers(), Clock.systemUTC());
        long check = settings.signInCheck().toMillis();
        heartbeats.scheduleWithFixedDelay(() -> checkSignIns(signIns), check, check, TimeUnit.MILLISECONDS);
        live.subscribe(listener);
    }

    private void checkSignIns(StreamSignIns signIns) {
        try {
            int ended = signIns.check(hub);
            if (ended > 0) {
                LOG.info(ended + " event streams ended: their sign-in no longer holds");
            }
        } catch (RuntimeException e) {
            // the accounts could not be read now (the database busy or down): the next check tries again
            LOG.log(Level.FINE, "event streams' sign-ins not checked this time", e);
        }
    }

    @PreDestroy
    void stop() {
        live.unsubscribe(listener);
        running = false;
        dispatcher.interrupt();
        heartbeats.shutdownNow();
        hub.closeAll();
        writers.shutdownNow();
        closers.shutdown();
    }

    /** Runs on the thread that committed the change, once the live model shows it: never waits, never reads. */
    private void changed(long version, List<Notice> notices, boolean replaced) {
        if (replaced) {
            modelReplaced.set(true);
        }
        for (Notice notice : notices) {
            // Skill groups' figures are streamed, throttled, by SkillGroupStatisticsEvents; every other notice is
            // translated here, and NoticeEvents says for each type what it becomes.
            if (!(notice instanceof SkillGroupStatisticsNotice)) {
                enqueue(notice);
            }
        }
    }

    private void enqueue(Notice notice) {
        if (!notices.offer(notice) && noticesLost.compareAndSet(false, true)) {
            LOG.warning("event streams fell " + settings.noticeQueueLimit() + " notices behind; every stream will "
                    + "restart from a snapshot");
        }
    }

    private void dispatch() {
        List<Notice> batch = new ArrayList<>(dispatchBatchSize);
        while (running) {
            try {
                batch.clear();
                Notice first = notices.poll(DISPATCH_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    notices.drainTo(batch, dispatchBatchSize - 1);
                }
                if (noticesLost.getAndSet(false) | modelReplaced.getAndSet(false)) {
                    hub.restartAll();
                }
                if (!batch.isEmpty() && !hub.letGoIfNobodyListens()) {
                    // Nobody listening, nothing is serialised for events nobody receives; a stream opened later
                    // starts from a snapshot. Otherwise one read of the model for the whole batch, then each notice
                    // its own event, in order.
                    for (NoticeTranslator.Translated event : translator.translate(batch)) {
                        hub.publish(event.name(), event.data(), event.routing());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a batch of " + batch.size() + " notices could not be turned into stream "
                        + "events; streams restart from a snapshot", e);
                hub.restartAll();
            }
        }
    }

    /** Publishes an event that does not come from the notice queue (skill group statistics). */
    public void publish(NoticeTranslator.Translated event) {
        hub.publish(event.name(), event.data(), event.routing());
    }

    /** Opens a stream; see {@link EventHub#open(EventFilter, Long, EventHub.SnapshotSource, StreamSink, EventHub.Owner)}. */
    public EventHub.Start open(EventFilter filter, Long lastEventId, EventHub.SnapshotSource snapshots,
                               StreamSink sink, EventHub.Owner owner) {
        return hub.open(filter, lastEventId, snapshots, sink, owner);
    }

    /** Where the events' sequence stands now: a snapshot taken after it is followed by the events after it. */
    public EventHub.Position position() {
        return hub.position();
    }

    /**
     * Closes every stream and forgets the replay buffer, so that every client reconnects to a fresh snapshot: for an
     * operator after the stored state was changed behind the streams' back (a restored database, a manual fix).
     */
    public void restartAll() {
        LOG.info("every event stream is restarted on an operator's request");
        hub.restartAll();
    }

    /** The id of the latest event: where a client that has seen everything would resume. */
    public long lastEventId() {
        return hub.lastId();
    }

    /** The streams open now. */
    public int activeStreams() {
        return hub.activeStreams();
    }

    /** Whether an open stream would receive an event so routed. */
    public boolean anyStreamWants(EventRouting routing) {
        return hub.anyStreamWants(routing);
    }

    /** Streams closed since the start because their clients did not keep up. */
    public long droppedStreams() {
        return hub.droppedStreams();
    }

    /** Runs {@code observer} each time a stream is dropped because its client did not keep up (for a metric). */
    public void onDrop(Runnable observer) {
        hub.onDrop(observer);
    }
}
