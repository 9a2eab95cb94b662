package org.ctios.server.application.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live read model: the contact centre's state as the committed transactions left it, held in memory and served
 * to every reader without a database access, as CTI OS serves its clients. The database stays the record of what
 * happened; the model is read from it at start ({@link #current()} builds it on first use) and again after each
 * resynchronisation with the CTI Server, and between those it follows each committed transaction's
 * {@link LiveChange}.
 *
 * <p>Readers take {@link #current()}, an immutable version: they never see part of a transaction and never wait.
 * Writers (the transactions' completions, a rebuild) take one lock among themselves, so versions follow the commits'
 * order; the {@link Listener}s hear each version in that order, after it is visible, on the committing thread, and
 * must not wait.
 */
@ApplicationScoped
public class LiveModel {

    private static final Logger LOG = Logger.getLogger(LiveModel.class.getName());

    /** Hears each new version: the change of the transaction it shows (an empty one for a rebuild). */
    @FunctionalInterface
    public interface Listener {

        /**
         * @param replaced a rebuild found the model had drifted from the database: what clients hold may be wrong
         */
        void changed(long version, LiveChange change, boolean replaced);
    }

    /** How long a rebuild waits for the commits in flight, and a commit for a rebuild, before going on regardless. */
    private static final Duration GATE_WAIT = Duration.ofSeconds(30);

    private final Object writing = new Object();
    /** Guards {@link #gateClosed} and {@link #inFlight}: a rebuild reads with no transaction between DB and model. */
    private final Object gate = new Object();
    private boolean gateClosed;
    private int inFlight;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile LiveState state;
    private LiveSource source;
    private Clock clock;
    private Executor rebuilds;

    @Resource
    private ManagedExecutorService managedExecutor;

    /** For the container's proxy. */
    protected LiveModel() {
    }

    @Inject
    public LiveModel(LiveSource source) {
        this(source, Clock.systemDefaultZone(), null);
    }

    /**
     * @param rebuilds where a rebuild after a resynchronisation runs (it reads the database in a transaction of its
     *                 own, so not on the committing thread); the container's managed executor when null
     */
    public LiveModel(LiveSource source, Clock clock, Executor rebuilds) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = clock;
        this.rebuilds = rebuilds;
    }

    /** The latest version; the first call reads the model from the database. */
    public LiveState current() {
        LiveState current = state;
        return current != null ? current : rebuild();
    }

    /** Whether the model has been read yet (before that, {@link #current()} reads it). */
    public boolean isBuilt() {
        return state != null;
    }

    /** The clock the day's figures and queue times are read with. */
    public Clock clock() {
        return clock;
    }

    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * A transaction that will hand its change to the model is about to commit (its before-completion): while the
     * model is being read from the database it waits, so that the read sees every change the model holds and none it
     * does not. Pair with {@link #committed()} once the transaction has ended.
     */
    public void committing() {
        synchronized (gate) {
            long deadline = System.nanoTime() + GATE_WAIT.toNanos();
            long left;
            while (gateClosed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    gate.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            inFlight++;
        }
    }

    /** The transaction that called {@link #committing()} has ended, and its change (if it committed) is in. */
    public void committed() {
        synchronized (gate) {
            inFlight--;
            gate.notifyAll();
        }
    }

    /**
     * Makes a committed transaction's change the next version and tells the listeners; after a resynchronisation,
     * has the model read again. Before the model was first read, nothing is kept: the read will find the change in
     * the database, where it is committed.
     */
    public void commit(LiveChange change) {
        if (change.isEmpty()) {
            return;
        }
        synchronized (writing) {
            LiveState current = state;
            if (current != null) {
                LiveState next = current.after(change, clock.getZone());
                // the agents' notices get the agent as of their change from the version that orders it among
                // every other (see AgentStateNotice), before anyone hears them
                change.viewAgentsIn(next);
                state = next;
                tell(next.version(), change, false);
            }
        }
        if (change.isResynchronisation()) {
            // A change relayed from the server that holds the link: changes it committed since may be in the shared
            // database and not yet here, so a difference found by the read would prove nothing.
            rebuildLater(change.isRelayed() ? Drift.NOT_JUDGED : Drift.JUDGED);
        }
    }

    /**
     * A committed transaction changed the organisation (teams from the CTI Server): the model is read again and every
     * event stream restarts from a snapshot. Called once the transaction has ended, so the read does not wait for it.
     */
    public void organisationChanged() {
        rebuildLater(Drift.ORGANISATION_CHANGED);
    }

    /**
     * Reads the model from the source now and makes it the next version. Transactions about to commit wait until the
     * read is done, and those committing finish first, so that the read and the model hold the same commits: the
     * comparison with the previous version then finds real drift only, and no ended call is counted twice.
     */
    public LiveState rebuild() {
        return rebuild(Drift.JUDGED);
    }

    /**
     * Reads the model again after changes were lost on their way here (a cluster member's relay overflowed): every
     * stream restarts from a snapshot, since what its client holds may lack them.
     */
    public LiveState rebuildAfterLostChanges() {
        return rebuild(Drift.CERTAIN);
    }

    /** What a rebuild concludes about the model it replaces, and so whether streams restart. */
    private enum Drift {
        /** Compared: drift only when the read differs (the gate makes the comparison exact here). */
        JUDGED,
        /** Not compared: the read and the model need not hold the same changes (relayed ones). */
        NOT_JUDGED,
        /** Changes are known to be lost. */
        CERTAIN,
        /** The organisation changed (teams from the CTI Server): streams restart to show it, no drift is claimed. */
        ORGANISATION_CHANGED
    }

    private LiveState rebuild(Drift drift) {
        closeGate();
        try {
            return readAndReplace(drift);
        } finally {
            openGate();
        }
    }

    private void closeGate() {
        synchronized (gate) {
            gateClosed = true;
            long deadline = System.nanoTime() + GATE_WAIT.toNanos();
            long left;
            while (inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    gate.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (inFlight > 0) {
                LOG.warning(inFlight + " transactions did not finish committing within " + GATE_WAIT
                        + "; the live model is read without waiting for them");
            }
        }
    }

    private void openGate() {
        synchronized (gate) {
            gateClosed = false;
            gate.notifyAll();
        }
    }

    private LiveState readAndReplace(Drift drift) {
        synchronized (writing) {
            LiveState previous = state;
            Instant now = clock.instant();
            ZoneId zone = clock.getZone();
            LiveSource.Contents contents = source.read(LocalDate.ofInstant(now, zone).atStartOfDay(zone));
            LiveState rebuilt = LiveState.of(previous == null ? 1 : previous.version() + 1, contents);
            state = rebuilt;
            if (previous != null) {
                boolean drifted = drift == Drift.CERTAIN
                        || drift == Drift.JUDGED && !previous.showsTheSame(rebuilt);
                if (drift == Drift.ORGANISATION_CHANGED) {
                    LOG.info("the organisation changed; the live model was read again and event streams restart "
                            + "from a snapshot");
                    drifted = true;
                } else if (drifted) {
                    LOG.warning("the live model differed from the database when it was read again ("
                            + previous.differences(rebuilt) + "); event streams restart from a snapshot");
                }
                tell(rebuilt.version(), LiveChange.NONE, drifted);
            }
            LOG.fine(() -> "live model read: " + contents.agents().size() + " agents, " + contents.calls().size()
                    + " calls in progress, version " + rebuilt.version());
            return rebuilt;
        }
    }

    private void rebuildLater(Drift drift) {
        Executor executor = rebuilds != null ? rebuilds : managedExecutor;
        try {
            executor.execute(() -> {
                try {
                    rebuild(drift);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "the live model could not be read again after a resynchronisation; it "
                            + "goes on from the changes applied", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "the live model's reading after a resynchronisation was refused", e);
        }
    }

    private void tell(long version, LiveChange change, boolean replaced) {
        for (Listener listener : listeners) {
            try {
                listener.changed(version, change, replaced);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of the live model failed on version " + version, e);
            }
        }
    }
}
