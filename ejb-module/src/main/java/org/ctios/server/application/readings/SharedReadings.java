package org.ctios.server.application.readings;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.ctios.server.api.ServerBusyException;

/**
 * Readings of something the switch is asked for, kept per key so that the switch is asked at most once per key per
 * interval, whoever reads: a reading younger than the interval is given back as it is; when it is older, the first
 * reader asks (on its own thread, bounded by the connector's request timeout) and every reader coming meanwhile
 * waits, at most {@code wait}, for that one answer. A failed query counts as a reading: it is thrown again to
 * whoever reads within the interval, so that a refusing switch is not asked again at every read either.
 *
 * <p>Holds one slot per key ever read; the caller reads only keys from a bounded set (the known agents, the
 * organisation's skill groups). Shared by every kind of switch reading (agents' and skill groups' statistics).
 *
 * @param <T> what the switch answers
 */
public final class SharedReadings<T> {

    /** An answer (or its failure) and when it came. */
    public record Reading<T>(T value, RuntimeException failure, Instant at) {
    }

    private final Duration interval;
    private final Duration wait;
    private final InstantSource clock;
    private final Function<String, T> query;
    private final ConcurrentMap<String, Slot<T>> slots = new ConcurrentHashMap<>();

    public SharedReadings(Duration interval, Duration wait, InstantSource clock, Function<String, T> query) {
        this.interval = interval;
        this.wait = wait;
        this.clock = clock;
        this.query = query;
    }

    /** The key's reading, asking the switch first when the last one is older than the interval. */
    public Reading<T> read(String key) {
        Slot<T> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        CompletableFuture<Reading<T>> pending;
        boolean asking;
        synchronized (slot) {
            Reading<T> last = slot.last;
            if (last != null && Duration.between(last.at(), clock.instant()).compareTo(interval) < 0) {
                return last;
            }
            asking = slot.pending == null;
            if (asking) {
                slot.pending = new CompletableFuture<>();
            }
            pending = slot.pending;
        }
        if (asking) {
            Reading<T> answer = null;
            try {
                answer = ask(key);
                return answer;
            } finally {
                // even when the query threw an Error: the next reader must not wait for a query nobody runs
                synchronized (slot) {
                    if (answer != null) {
                        slot.last = answer;
                    }
                    slot.pending = null;
                }
                if (answer != null) {
                    pending.complete(answer);
                } else {
                    pending.completeExceptionally(new IllegalStateException("the query for " + key + " failed"));
                }
            }
        }
        return await(key, pending);
    }

    /**
     * The key's last reading, however old, without asking the switch: for a reader that must never wait (an event
     * stream's timer); empty when the key was never read.
     */
    public Optional<Reading<T>> last(String key) {
        Slot<T> slot = slots.get(key);
        if (slot == null) {
            return Optional.empty();
        }
        synchronized (slot) {
            return Optional.ofNullable(slot.last);
        }
    }

    private Reading<T> ask(String key) {
        try {
            return new Reading<>(query.apply(key), null, clock.instant());
        } catch (RuntimeException e) {
            return new Reading<>(null, e, clock.instant());
        }
    }

    private Reading<T> await(String key, CompletableFuture<Reading<T>> pending) {
        try {
            return pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ServerBusyException("the switch has not answered the query for " + key + " within "
                    + wait.toMillis() + " ms", (int) Math.max(1, wait.toSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("interrupted while waiting for the query for " + key, 1);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the shared query for " + key + " failed", e.getCause());
        }
    }

    /** One key's last reading and the query under way, if any; guarded by itself. */
    private static final class Slot<T> {
        private Reading<T> last;
        private CompletableFuture<Reading<T>> pending;
    }
}
