package org.ctios.connector.adapter;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.adapter.work.LongRunningTask;
import org.ctios.connector.adapter.work.WorkScheduler;

/**
 * Runs the connector's long-running tasks as Works of the container's WorkManager: the adapter owns no thread. Where
 * the container understands it, each Work carries the JCA long-running hint, so that it is not taken from the pool
 * meant for short Works.
 */
final class WorkManagerScheduler implements WorkScheduler {

    private static final Logger LOG = Logger.getLogger(WorkManagerScheduler.class.getName());
    /**
     * Longest {@link Work#release()} waits for the task to return after asking it to, before it interrupts the
     * task's thread: by then a task waiting on the network, a queue or a pause has returned, and only one held in an
     * MDB's delivery is still running.
     */
    static final Duration RELEASE_GRACE = Duration.ofSeconds(2);

    private final WorkManager workManager;
    private final boolean hintsSupported;

    WorkManagerScheduler(BootstrapContext context) {
        this.workManager = context.getWorkManager();
        this.hintsSupported = context.isContextSupported(HintsContext.class);
    }

    @Override
    public void start(String name, LongRunningTask task) {
        Work work = hintsSupported ? new HintedWork(name, task) : new NamedWork(name, task);
        try {
            workManager.scheduleWork(work);
        } catch (WorkException e) {
            throw new IllegalStateException("the WorkManager refused the CTI connector's " + name + " task", e);
        }
    }

    private static class NamedWork implements Work {
        private final String name;
        private final LongRunningTask task;
        private final CountDownLatch finished = new CountDownLatch(1);
        /** The container's thread while it runs the task; interrupted only then, never a pooled thread later. */
        private Thread runner;
        private boolean interruptedByRelease;

        NamedWork(String name, LongRunningTask task) {
            this.name = name;
            this.task = task;
        }

        @Override
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "CTI connector task " + name + " ended unexpectedly", e);
                throw e;
            } finally {
                synchronized (this) {
                    runner = null;
                    if (interruptedByRelease) {
                        // Our interrupt must not follow the container's thread to its next Work.
                        Thread.interrupted();
                    }
                }
                finished.countDown();
            }
        }

        /**
         * Asks the task to end, waits up to {@link #RELEASE_GRACE} for it, then interrupts its thread, so that
         * release() returns, and the task has returned or been interrupted, within that bound.
         */
        @Override
        public void release() {
            LOG.fine(() -> "the container asks CTI connector task " + name + " to end");
            task.release();
            try {
                if (finished.await(RELEASE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                if (runner != null) {
                    LOG.warning("CTI connector task " + name + " still running " + RELEASE_GRACE.toSeconds()
                            + " s after its release; interrupting it");
                    interruptedByRelease = true;
                    runner.interrupt();
                }
            }
        }

        String name() {
            return name;
        }
    }

    private static final class HintedWork extends NamedWork implements WorkContextProvider {
        private static final long serialVersionUID = 1L;

        HintedWork(String name, LongRunningTask task) {
            super(name, task);
        }

        @Override
        public List<WorkContext> getWorkContexts() {
            HintsContext hints = new HintsContext();
            hints.setName("cti-" + name());
            hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
            return List.of(hints);
        }
    }
}
