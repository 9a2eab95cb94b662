package org.ctios.connector.adapter;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.adapter.inbound.WorkScheduler;

/**
 * Runs the connector's long-running tasks as Works of the container's WorkManager: the adapter owns no thread. Where
 * the container understands it, each Work carries the JCA long-running hint, so that it is not taken from the pool
 * meant for short Works.
 */
final class WorkManagerScheduler implements WorkScheduler {

    private static final Logger LOG = Logger.getLogger(WorkManagerScheduler.class.getName());

    private final WorkManager workManager;
    private final boolean hintsSupported;

    WorkManagerScheduler(BootstrapContext context) {
        this.workManager = context.getWorkManager();
        this.hintsSupported = context.isContextSupported(HintsContext.class);
    }

    @Override
    public void start(String name, Runnable longRunningTask) {
        Work work = hintsSupported ? new HintedWork(name, longRunningTask) : new NamedWork(name, longRunningTask);
        try {
            workManager.scheduleWork(work);
        } catch (WorkException e) {
            throw new IllegalStateException("the WorkManager refused the CTI connector's " + name + " task", e);
        }
    }

    private static class NamedWork implements Work {
        private final String name;
        private final Runnable task;

        NamedWork(String name, Runnable task) {
            this.name = name;
            this.task = task;
        }

        @Override
        public void run() {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "CTI connector task " + name + " ended unexpectedly", e);
                throw e;
            }
        }

        /** The adapter's stop() ends every task; the container calls it when it shuts down. */
        @Override
        public void release() {
            LOG.fine(() -> "the container asks CTI connector task " + name + " to end");
        }

        String name() {
            return name;
        }
    }

    private static final class HintedWork extends NamedWork implements WorkContextProvider {
        private static final long serialVersionUID = 1L;

        HintedWork(String name, Runnable task) {
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
