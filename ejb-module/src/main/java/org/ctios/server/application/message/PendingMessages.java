package org.ctios.server.application.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import org.ctios.protocol.types.Distribution;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.ServerBusyException;

/**
 * The messages this server sent and whose USER_MESSAGE_EVENT has not come back yet. The event names the sender's
 * ClientID (this server's, for all of them) and the distribution, not the recipients: who they were is kept here
 * until it comes, and found by distribution and text, oldest first. In memory, since the link's holder both sends
 * and applies (a standby forwards its requests to the holder). Bounded: at most {@link #LIMIT} waiting, each for
 * {@link #KEPT} at most (an event that never came is not waited for any longer).
 */
@ApplicationScoped
public class PendingMessages {

    /** Messages that may wait for their event at once; more are refused with 503 until some come back. */
    static final int LIMIT = 256;
    /** How long a message waits for its event before it is forgotten. */
    static final Duration KEPT = Duration.ofMinutes(2);

    /** A message sent, with the distribution it went out with. */
    public record Pending(MessageInput message, Distribution distribution, Instant sentAt) {
    }

    private final Deque<Pending> waiting = new ArrayDeque<>();
    private final Clock clock;

    public PendingMessages() {
        this(Clock.systemUTC());
    }

    public PendingMessages(Clock clock) {
        this.clock = clock;
    }

    /**
     * Keeps a message about to be sent.
     *
     * @throws ServerBusyException when {@link #LIMIT} messages already wait for their event
     */
    public synchronized Pending add(MessageInput message, Distribution distribution) {
        forgetExpired();
        if (waiting.size() >= LIMIT) {
            throw new ServerBusyException(LIMIT + " messages wait for the CTI Server to distribute them", 2);
        }
        Pending pending = new Pending(message, distribution, clock.instant());
        waiting.addLast(pending);
        return pending;
    }

    /** Forgets a message the CTI Server did not take. */
    public synchronized void forget(Pending pending) {
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
