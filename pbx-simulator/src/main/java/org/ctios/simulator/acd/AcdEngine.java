package org.ctios.simulator.acd;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.TrafficProfile;

/**
 * Runs the simulated switch on one thread: every request, timer and generated call is a task on it, and after each
 * task the events it produced go to the listeners, in order. Call arrivals follow a Poisson process at the
 * scenario's rate, from a seeded generator, so a run with the same seed makes the same traffic.
 */
public final class AcdEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AcdEngine.class.getName());
    /** Longest a caller waits for a query or a request to the switch. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService thread;
    private final Acd acd;
    private final Random arrivals;
    private final List<AcdEventListener> listeners = new CopyOnWriteArrayList<>();
    /** Incremented by every rate change, so arrivals scheduled at the old rate fall away. */
    private long arrivalGeneration;
    /** When the next call is due (System.nanoTime); arrivals keep to this timeline however late a timer fires. */
    private long nextArrivalNanos;

    public AcdEngine(Scenario scenario, Clock clock, long seed) {
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread acdThread = new Thread(runnable, "acd");
            acdThread.setDaemon(true);
            return acdThread;
        });
        Random random = new Random(seed);
        this.arrivals = new Random(random.nextLong());
        this.acd = new Acd(scenario, clock, random, this::schedule);
    }

    public void addListener(AcdEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AcdEventListener listener) {
        listeners.remove(listener);
    }

    /** Starts the shift (simulated agents log in) and the call arrivals. */
    public void start() {
        execute(engine -> {
            engine.startShift();
            nextArrivalNanos = System.nanoTime();
            scheduleNextArrival(arrivalGeneration);
        });
    }

    /** Changes the arrival rate from now on. */
    public void callsPerSecond(double rate) {
        execute(engine -> {
            engine.callsPerSecond(rate);
            nextArrivalNanos = System.nanoTime();
            scheduleNextArrival(++arrivalGeneration);
        });
    }

    /**
     * Changes the whole traffic from now on: the arrival rate, and the ring, talk and wrap-up times of the calls that
     * begin from now on (calls under way keep theirs).
     */
    public void traffic(TrafficProfile traffic) {
        execute(engine -> {
            engine.traffic(traffic);
            nextArrivalNanos = System.nanoTime();
            scheduleNextArrival(++arrivalGeneration);
        });
    }

    /** Runs a task on the switch's thread, later; its events follow it. */
    public void execute(Consumer<Acd> task) {
        thread.execute(() -> run(() -> task.accept(acd)));
    }

    /** Runs a task on the switch's thread and waits (bounded) for its result. */
    public <T> T call(Function<Acd, T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> run(() -> result.complete(task.apply(acd))));
        try {
            return result.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the switch", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the switch did not answer within " + CALL_TIMEOUT, e);
        }
    }

    private void schedule(Duration delay, Runnable action) {
        if (!thread.isShutdown()) {
            thread.schedule(() -> run(action), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void scheduleNextArrival(long generation) {
        double rate = acd.traffic().callsPerSecond();
        if (rate <= 0) {
            return;
        }
        double seconds = -Math.log(1 - arrivals.nextDouble()) / rate;
        nextArrivalNanos += (long) (seconds * 1e9);
        schedule(Duration.ofNanos(Math.max(0, nextArrivalNanos - System.nanoTime())), () -> {
            if (generation == arrivalGeneration) {
                acd.generatedCall();
                scheduleNextArrival(generation);
            }
        });
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "switch task failed", e);
        } finally {
            List<AcdEvent> events = acd.drainEvents();
            if (!events.isEmpty()) {
                for (AcdEventListener listener : listeners) {
                    try {
                        listener.onEvents(events);
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "event listener failed", e);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("the switch thread did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
