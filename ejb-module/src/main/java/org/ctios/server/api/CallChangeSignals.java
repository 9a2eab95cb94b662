package org.ctios.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallNotice;

/**
 * Tells waiters that a call they watch has changed in the database: the object server's notices arrive after the
 * transaction that stored the change committed, and each completes the future the watchers of that call hold. A
 * waiter arms a future, reads the model, and waits on the future only if what it reads is not there yet, so a
 * change committed between its request and its first read is never missed.
 */
@ApplicationScoped
public class CallChangeSignals {

    /** Watchers at once; a request beyond this many is not kept waiting (it answers with what is known). */
    static final int MAX_WATCHES = 1_000;

    private final Map<Long, Set<Watch>> watchesByCall = new ConcurrentHashMap<>();

    void onCallNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallNotice notice) {
        signal(notice.callId());
    }

    void onCallChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChangedNotice notice) {
        signal(notice.callId());
    }

    /** Signals the watchers of a call; {@link CallEndedNotice} is a {@link CallNotice} too. */
    void signal(long callId) {
        Set<Watch> watches = watchesByCall.get(callId);
        if (watches != null) {
            watches.forEach(Watch::changed);
        }
    }

    /** A watch on no call yet; add calls with {@link Watch#add}, close it when done. */
    public Watch watch() {
        return new Watch();
    }

    private int watchCount() {
        return watchesByCall.values().stream().mapToInt(Set::size).sum();
    }

    /** One waiter's interest in some calls. Not for use by several threads at once. */
    public final class Watch implements AutoCloseable {

        private final Set<Long> callIds = ConcurrentHashMap.newKeySet();
        private volatile CompletableFuture<Void> next = new CompletableFuture<>();

        private Watch() {
        }

        /** Watches one more call; false when too many are watched already (the caller then does not wait). */
        public boolean add(long callId) {
            if (callIds.contains(callId)) {
                return true;
            }
            if (watchCount() >= MAX_WATCHES) {
                return false;
            }
            callIds.add(callId);
            watchesByCall.computeIfAbsent(callId, id -> ConcurrentHashMap.newKeySet()).add(this);
            return true;
        }

        /** A fresh future that completes at the next change of a watched call. Arm before reading the model. */
        public CompletableFuture<Void> arm() {
            CompletableFuture<Void> armed = new CompletableFuture<>();
            next = armed;
            return armed;
        }

        private void changed() {
            next.complete(null);
        }

        @Override
        public void close() {
            for (Long callId : callIds) {
                watchesByCall.computeIfPresent(callId, (id, watches) -> {
                    watches.remove(this);
                    return watches.isEmpty() ? null : watches;
                });
            }
            callIds.clear();
        }
    }
}
