package org.ctios.connector.adapter.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One request at a time per key (a call, an agent, a device): the next waits until the previous one's confirmation
 * came, as Cisco Finesse does, because the CTI Server answers a second request on the same call according to a state
 * the first may be changing. Unrelated keys never wait for each other; keys nobody holds are forgotten.
 */
final class SerialKeys {

    private static final class KeyLock {
        final Semaphore permit = new Semaphore(1, true);
        int users;
    }

    private final Map<String, KeyLock> locks = new ConcurrentHashMap<>();

    /** What {@link #acquire} took; release it once, in a finally block. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes every key, in a fixed order so that two requests on the same pair of calls cannot deadlock.
     *
     * @return the keys held, or {@code null} when they were not all free within the timeout (none is then held)
     */
    Held acquire(List<String> keys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> ordered = List.copyOf(new TreeSet<>(keys));
        int taken = 0;
        try {
            for (String key : ordered) {
                KeyLock lock = use(key);
                boolean acquired = false;
                try {
                    acquired = lock.permit.tryAcquire(Math.max(0, deadline - System.nanoTime()),
                            TimeUnit.NANOSECONDS);
                } finally {
                    if (!acquired) {
                        unuse(key);
                    }
                }
                if (!acquired) {
                    return null;
                }
                taken++;
            }
        } finally {
            if (taken < ordered.size()) {
                releaseFirst(ordered, taken);
            }
        }
        return () -> releaseFirst(ordered, ordered.size());
    }

    private void releaseFirst(List<String> keys, int count) {
        for (int i = 0; i < count; i++) {
            locks.get(keys.get(i)).permit.release();
            unuse(keys.get(i));
        }
    }

    private KeyLock use(String key) {
        return locks.compute(key, (k, lock) -> {
            KeyLock used = lock == null ? new KeyLock() : lock;
            used.users++;
            return used;
        });
    }

    private void unuse(String key) {
        locks.computeIfPresent(key, (k, lock) -> --lock.users == 0 ? null : lock);
    }

    /** Keys somebody holds or waits for. */
    int size() {
        return locks.size();
    }
}
