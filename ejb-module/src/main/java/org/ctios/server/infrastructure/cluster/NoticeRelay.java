package org.ctios.server.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.events.Notice;

/**
 * Carries each committed change of the server that holds the CTI link to every other server of the cluster, through a
 * topic of Payara's data grid: the agents and calls as the transaction left them, the calls it ended and its notices.
 * There the change becomes the next version of the live model, as if it had been committed there (so their REST API
 * and event streams show it), and its notices are fired for the applications deployed there. The grid delivers one
 * publisher's messages in the order it published them, and one thread of this application's applies them here in
 * that order (not the grid's thread, which lacks the application's context and must not wait).
 *
 * <p>A change lost on the way (the holder died between its commit and its publication) leaves this server's model
 * behind until the next change about the same agent or call; the new holder's resynchronisation corrects every agent
 * and call, and after it every server reads its model again from the shared database.
 */
@ApplicationScoped
public class NoticeRelay {

    static final String TOPIC = "ctios-notices";
    private static final Logger LOG = Logger.getLogger(NoticeRelay.class.getName());
    /** Set while a change from another server is applied here, so that it is not published again. */
    private static final ThreadLocal<Boolean> RELAYED = ThreadLocal.withInitial(() -> false);
    /** Changes received and not applied yet; applying one takes microseconds, so this is never near. */
    private static final int RECEIVED_LIMIT = 10_000;

    @Inject
    private Event<Notice> notices;

    @Inject
    private LiveModel live;

    private final LiveModel.Listener listener = this::committed;

    @Resource
    private ManagedThreadFactory threads;

    private final AtomicBoolean receivedOverflowing = new AtomicBoolean();
    /** Changes were lost here: the model is read again from the shared database. */
    private final AtomicBoolean missedChanges = new AtomicBoolean();
    private ExecutorService firing;

    private final AtomicBoolean publishFailing = new AtomicBoolean();
    private volatile ITopic<String> topic;
    private volatile BooleanSupplier holding = () -> false;
    private volatile ChangeCodec codec;
    private UUID registration;

    /** Listens to the other servers' notices, and publishes this one's while {@code holding} says it holds the link. */
    void start(HazelcastInstance grid, BooleanSupplier holdingTheLink) {
        codec = new ChangeCodec();
        holding = holdingTheLink;
        firing = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(RECEIVED_LIMIT),
                threads);
        ITopic<String> notices = grid.getTopic(TOPIC);
        registration = notices.addMessageListener(this::received);
        topic = notices;
        live.subscribe(listener);
    }

    void stop() {
        live.unsubscribe(listener);
        ITopic<String> current = topic;
        topic = null;
        if (current != null) {
            try {
                current.removeMessageListener(registration);
            } catch (RuntimeException e) {
                LOG.fine(() -> "the notice topic's listener could not be removed: " + e.getMessage());
            }
            firing.shutdownNow();
            codec.close();
        }
    }

    /** Heard from this server's live model, once it shows a change committed here (or relayed here). */
    private void committed(long version, LiveChange change, boolean replaced) {
        ITopic<String> current = topic;
        if (current == null || RELAYED.get() || !holding.getAsBoolean() || change == LiveChange.NONE) {
            return;
        }
        try {
            current.publish(codec.encode(change));
            if (publishFailing.compareAndSet(true, false)) {
                LOG.info("notices reach the other servers of the cluster again");
            }
        } catch (RuntimeException e) {
            if (publishFailing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "changes do not reach the other servers of the cluster; their models and "
                        + "event streams fall behind until the next resynchronisation", e);
            }
        }
    }

    /** On a thread of the data grid: hands the message to the firing thread, never waiting. */
    private void received(Message<String> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        String text = message.getMessageObject();
        try {
            firing.execute(() -> fire(text));
            receivedOverflowing.set(false);
        } catch (RejectedExecutionException e) {
            if (receivedOverflowing.compareAndSet(false, true) && !firing.isShutdown()) {
                LOG.warning("more than " + RECEIVED_LIMIT + " changes from the link's holder wait here; those beyond "
                        + "are lost, and the live model is read again from the database once the others are applied");
                missedChanges.set(true);
            }
        }
    }

    /** Makes the change this server's model's next version, then fires its notices for the applications here. */
    private void fire(String text) {
        RELAYED.set(true);
        try {
            LiveChange change = codec.decode(text);
            live.commit(change);
            change.notices().forEach(notices::fire);
            if (missedChanges.getAndSet(false)) {
                live.rebuildAfterLostChanges();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a change from another server of the cluster was not applied here", e);
        } finally {
            RELAYED.set(false);
        }
    }
}
