package org.ctios.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.events.AgentStateNotice;

/**
 * Lets a request wait until a committed agent event shows the state it asked for: an observer of
 * {@link AgentStateNotice} after commit completes the waiting requests' futures, so nobody polls the database.
 * Register the expectation before sending the request, so that an event applied before the confirmation returns
 * is not missed.
 */
@ApplicationScoped
public class AgentStateWaits {

    /** The most requests that may wait at once; more are answered at once as not yet applied. */
    static final int MAX_PENDING = 1_000;

    private final Map<String, Set<Expectation>> byAgent = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();

    /** Starts watching for the agent to reach a state; close the expectation when done with it. */
    public Expectation expect(String agentId, Predicate<AgentState> reached) {
        Expectation expectation = new Expectation(agentId, reached);
        if (pending.incrementAndGet() > MAX_PENDING) {
            pending.decrementAndGet();
            return expectation; // never registered, never completed: the caller answers "not yet applied"
        }
        expectation.registered = true;
        byAgent.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet()).add(expectation);
        return expectation;
    }

    void applied(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateNotice notice) {
        Set<Expectation> waiting = byAgent.get(notice.agentId());
        if (waiting != null) {
            for (Expectation expectation : waiting) {
                if (expectation.reached.test(notice.state())) {
                    expectation.done.complete(notice.state());
                }
            }
        }
    }

    /** How many requests are waiting now. */
    int pending() {
        return pending.get();
    }

    private void forget(Expectation expectation) {
        byAgent.computeIfPresent(expectation.agentId, (id, waiting) -> {
            waiting.remove(expectation);
            return waiting.isEmpty() ? null : waiting;
        });
        pending.decrementAndGet();
    }

    /** One request's wait for an agent state. */
    public final class Expectation implements AutoCloseable {

        private final String agentId;
        private final Predicate<AgentState> reached;
        private final CompletableFuture<AgentState> done = new CompletableFuture<>();
        private boolean registered;
        private boolean closed;

        private Expectation(String agentId, Predicate<AgentState> reached) {
            this.agentId = agentId;
            this.reached = reached;
        }

        /** Waits at most that long; true when a committed event showed the expected state. */
        public boolean await(Duration bound) {
            try {
                done.get(bound.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return false; // never completed exceptionally
            }
        }

        @Override
        public void close() {
            if (registered && !closed) {
                closed = true;
                forget(this);
            }
        }
    }
}
