package org.ctios.server.application.desk;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallNotice;

/**
 * Lets a request that the CTI Server confirmed wait, boundedly, until the change it caused is stored: the live
 * model tells the notices of each committed transaction once it shows the change, and each wakes the waits that
 * watch its agent or call, so nobody polls on a timer.
 *
 * <p>A request opens a {@link Wait}, watches the agents and calls it will change <em>before</em> sending anything
 * (so a change committed before the confirmation returns is not missed), sends, then calls {@link Wait#until} with
 * its condition; it closes the wait when done. At most {@link #MAX_WATCHED} agents and calls are watched at once
 * over all waits: a wait refused a watch beyond that does not wait, it checks its condition once and answers with
 * what is known.
 */
@ApplicationScoped
public class StoredChangeWaits {

    /** Agents and calls watched at once over all waits. */
    static final int MAX_WATCHED = 1_000;

    private final Map<Object, Set<Wait>> waitsBySubject = new ConcurrentHashMap<>();
    private final AtomicInteger watched = new AtomicInteger();

    private record AgentSubject(String agentId) {
    }

    private record CallSubject(long callId) {
    }

    private LiveModel live;
    private final LiveModel.Listener listener = this::changed;

    /** Hears every committed change, after the live model shows it (never before: a woken wait reads the model). */
    @Inject
    void listenTo(LiveModel model) {
        live = model;
        model.subscribe(listener);
    }

    @PreDestroy
    void stopListening() {
        if (live != null) {
            live.unsubscribe(listener);
        }
    }

    /** A wait that watches nothing yet; close it when done. */
    public Wait open() {
        return new Wait();
    }

    private void changed(long version, LiveChange change, boolean replaced) {
        for (Object notice : change.notices()) {
            if (notice instanceof AgentStateNotice agentState) {
                onAgentState(agentState);
            } else if (notice instanceof CallNotice call) {
                onCallNotice(call);
            }
        }
    }

    /**
     * A state the switch holds pending until the agent's call ends (the agent as of the change says so) counts as
     * announced too: the switch accepted the request, and the agent shows it pending.
     */
    void onAgentState(AgentStateNotice notice) {
        Set<Wait> waits = waitsBySubject.get(new AgentSubject(notice.agentId()));
        if (waits != null) {
            AgentState pending = notice.agent() == null ? null : notice.agent().pendingState();
            waits.forEach(wait -> {
                if (pending != null) {
                    wait.agentChanged(notice.agentId(), pending);
                }
                wait.agentChanged(notice.agentId(), notice.state());
            });
        }
    }

    /**
     * Every call notice: {@link CallEndedNotice}, and {@link CallChangedNotice} for the changes that have no notice of
     * their own (transferred, conferenced, a party left...), included.
     */
    void onCallNotice(CallNotice notice) {
        Set<Wait> waits = waitsBySubject.get(new CallSubject(notice.callId()));
        if (waits != null) {
            waits.forEach(Wait::changed);
        }
    }

    /** Agents and calls watched now, over all waits. */
    int watched() {
        return watched.get();
    }

    /** One request's wait. Watch from the requesting thread only; notices may arrive on any thread. */
    public final class Wait implements AutoCloseable {

        private final Set<Object> subjects = ConcurrentHashMap.newKeySet();
        /** Per watched agent, the states its committed notices announced since it was watched. */
        private final Map<String, Set<AgentState>> announced = new ConcurrentHashMap<>();
        private volatile CompletableFuture<Void> nextChange = new CompletableFuture<>();
        private boolean refused;

        private Wait() {
        }

        /** Watches an agent's stored state; false when too many are watched already (this wait will not wait). */
        public boolean watchAgent(String agentId) {
            announced.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet());
            return watch(new AgentSubject(agentId));
        }

        /** Watches a stored call; false when too many are watched already (this wait will not wait). */
        public boolean watchCall(long callId) {
            return watch(new CallSubject(callId));
        }

        private boolean watch(Object subject) {
            if (subjects.contains(subject)) {
                return true;
            }
            if (watched.incrementAndGet() > MAX_WATCHED) {
                watched.decrementAndGet();
                refused = true;
                return false;
            }
            subjects.add(subject);
            waitsBySubject.computeIfAbsent(subject, key -> ConcurrentHashMap.newKeySet()).add(this);
            return true;
        }

        /**
         * Whether a committed notice of the watched agent announced a state that {@code shows} the change since it
         * was watched: the agent may have moved on by the time the database is read.
         */
        public boolean announced(String agentId, Predicate<AgentState> shows) {
            Set<AgentState> states = announced.get(agentId);
            return states != null && states.stream().anyMatch(shows);
        }

        /** {@link #until(Duration, Supplier)} for a yes-or-no condition. */
        public boolean until(Duration bound, BooleanSupplier condition) {
            return until(bound, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty())
                    .isPresent();
        }

        /**
         * Checks {@code probe} now and after each stored change of a watched agent or call, until it finds something
         * or {@code bound} has passed (then one last check); at once when a watch was refused. Empty when the change
         * was not stored in time.
         */
        public <T> Optional<T> until(Duration bound, Supplier<Optional<T>> probe) {
            long deadline = System.nanoTime() + (refused ? 0 : bound.toNanos());
            while (true) {
                CompletableFuture<Void> change = new CompletableFuture<>();
                nextChange = change; // armed before reading, so a change committed meanwhile still wakes us
                Optional<T> found = probe.get();
                long remaining = deadline - System.nanoTime();
                if (found.isPresent() || remaining <= 0) {
                    return found;
                }
                try {
                    change.get(remaining, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // the loop reads once more, then gives up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return probe.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a change signal never fails", e);
                }
            }
        }

        private void agentChanged(String agentId, AgentState state) {
            Set<AgentState> states = announced.get(agentId);
            if (states != null) {
                states.add(state);
            }
            changed();
        }

        private void changed() {
            nextChange.complete(null);
        }

        @Override
        public void close() {
            for (Object subject : subjects) {
                waitsBySubject.computeIfPresent(subject, (key, waits) -> {
                    waits.remove(this);
                    return waits.isEmpty() ? null : waits;
                });
                watched.decrementAndGet();
            }
            subjects.clear();
        }
    }
}
