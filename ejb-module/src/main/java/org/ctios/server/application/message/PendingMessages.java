package org.ctios.server.application.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.ctios.protocol.types.Distribution;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.ServerBusyException;

/**
 * The messages this server sent and whose USER_MESSAGE_EVENT has not come back yet. The event names the sender's
 * ClientID (this server's, for all of them) and the distribution, not the recipients: who they were is kept here
 * until it comes, and found by distribution and text, oldest first. Messages go out one at a time ({@link #send}),
 * so the switch's events come back in the order they were kept: two messages of the same text to different
 * recipients cannot swap. In memory, since the link's holder both sends and applies (a standby forwards its
 * requests to the holder). Bounded: at most {@link #LIMIT} waiting, each for {@link #KEPT} at most (an event that
 * never came is not waited for any longer), and a sender waits at most {@link #TURN_WAIT} for its turn.
 */
@ApplicationScoped
public class PendingMessages {

    /** Messages that may wait for their event at once; more are refused with 503 until some come back. */
    static final int LIMIT = 256;
    /** How long a message waits for its event before it is forgotten. */
    static final Duration KEPT = Duration.ofMinutes(2);
    /** How long a message waits for the one before it to be confirmed; longer is 503. */
    static final Duration TURN_WAIT = Duration.ofSeconds(10);

    /** A message sent, with the distribution it went out with. */
    public record Pending(MessageInput message, Distribution distribution, Instant sentAt) {
    }

    private final Deque<Pending> waiting = new ArrayDeque<>();
    private final ReentrantLock turn = new ReentrantLock(true);
    private final Clock clock;

    public PendingMessages() {
        this(Clock.systemUTC());
    }

    public PendingMessages(Clock clock) {
        this.clock = clock;
    }

    /**
     * Keeps the message and sends it with {@code request} (which returns once the CTI Server confirmed it), after
     * the message before it was confirmed; forgets it when the request fails.
     *
     * @throws ServerBusyException when too many wait for their event, or the one before takes too long
     */
    public void send(MessageInput message, Distribution distribution, Runnable request) {
        try {
            if (!turn.tryLock(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException("the message before this one is not confirmed after " + TURN_WAIT, 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("interrupted while waiting to send", 2);
        }
        try {
            Pending pending = add(message, distribution);
            try {
                request.run();
            } catch (RuntimeException notTaken) {
                forget(pending);
                throw notTaken;
            }
        } finally {
            turn.unlock();
        }
    }

    /**
     * Keeps a message about to be sent.
     *
     * @throws ServerBusyException when {@link #LIMIT} messages already wait for their event
     */
    synchronized Pending add(MessageInput message, Distribution distribution) {
        forgetExpired();
        if (waiting.size() >= LIMIT) {
            throw new ServerBusyException(LIMIT + " messages wait for the CTI Server to distribute them", 2);
        }
        Pending pending = new Pending(message, distribution, clock.instant());
        waiting.addLast(pending);
        return pending;
    }

    /** Forgets a message the CTI Server did not take. */
    synchronized void forget(Pending pending) {
        waiting.remove(pending);
    }

    /** The oldest message waiting with that distribution and text, taken out; empty when none waits. */
    public synchronized Optional<Pending> take(Distribution distribution, String text) {
        forgetExpired();
        for (Iterator<Pending> it = waiting.iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (pending.distribution() == distribution && pending.message().text().equals(text)) {
                it.remove();
                return Optional.of(pending);
            }
        }
        return Optional.empty();
    }

    synchronized int size() {
        return waiting.size();
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(KEPT);
        while (!waiting.isEmpty() && waiting.peekFirst().sentAt().isBefore(oldest)) {
            waiting.removeFirst();
        }
    }
}
