package org.ctios.server.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;

/**
 * Carries the committed notices of the server that holds the CTI link to every other server of the cluster, through a
 * topic of Payara's data grid, and fires them there as if they had been committed there: their event streams then
 * send the same events. The grid delivers one publisher's messages in the order it published them, and one thread of
 * this application's fires them here in that order (not the grid's thread, which lacks the application's context and
 * must not wait).
 *
 * <p>A notice lost on the way (the holder died between its commit and its publication) leaves a stream behind by one
 * event until the next notice about the same agent or call, or the snapshot a reconnecting client gets; the new
 * holder's resynchronisation sends a notice for every agent whose state it corrects.
 */
@ApplicationScoped
public class NoticeRelay {

    static final String TOPIC = "ctios-notices";
    private static final Logger LOG = Logger.getLogger(NoticeRelay.class.getName());
    /** Set while a notice from another server is fired here, so that it is not published again. */
    private static final ThreadLocal<Boolean> RELAYED = ThreadLocal.withInitial(() -> false);
    /** Notices received and not fired yet; firing only queues them for the event streams, so this is never near. */
    private static final int RECEIVED_LIMIT = 10_000;

    @Inject
    private Event<Object> notices;

    @Resource
    private ManagedThreadFactory threads;

    private final AtomicBoolean receivedOverflowing = new AtomicBoolean();
    private ExecutorService firing;

    private final AtomicBoolean publishFailing = new AtomicBoolean();
    private volatile ITopic<String> topic;
    private volatile BooleanSupplier holding = () -> false;
    private volatile NoticeCodec codec;
    private UUID registration;

    /** Listens to the other servers' notices, and publishes this one's while {@code holding} says it holds the link. */
    void start(HazelcastInstance grid, BooleanSupplier holdingTheLink) {
        codec = new NoticeCodec();
        holding = holdingTheLink;
        firing = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(RECEIVED_LIMIT),
                threads);
        ITopic<String> notices = grid.getTopic(TOPIC);
        registration = notices.addMessageListener(this::received);
        topic = notices;
    }

    void stop() {
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

    void agentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateNotice notice) {
        publish(notice);
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallNotice notice) {
        publish(notice);
    }

    void statisticsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SkillGroupStatisticsNotice notice) {
        publish(notice);
    }

    private void publish(Object notice) {
        ITopic<String> current = topic;
        if (current == null || RELAYED.get() || !holding.getAsBoolean()) {
            return;
        }
        try {
            current.publish(codec.encode(notice));
            if (publishFailing.compareAndSet(true, false)) {
                LOG.info("notices reach the other servers of the cluster again");
            }
        } catch (RuntimeException e) {
            if (publishFailing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "notices do not reach the other servers of the cluster; their event streams "
                        + "miss events until a client reconnects", e);
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
                LOG.warning("more than " + RECEIVED_LIMIT + " notices from the link's holder wait here; those beyond "
                        + "are not relayed, and event streams here miss them until their clients reconnect");
            }
        }
    }

    /** Fires the notice here, which only queues it for the event streams. */
    private void fire(String text) {
        RELAYED.set(true);
        try {
            notices.fire(codec.decode(text));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a notice from another server of the cluster was not relayed here", e);
        } finally {
            RELAYED.set(false);
        }
    }
}
