package org.ctios.connector.adapter.testing;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Timer;

/** A container's bootstrap context reduced to what the adapter uses: a WorkManager running each Work on a thread. */
public final class ThreadBootstrapContext implements BootstrapContext {

    private final ThreadWorks threads = new ThreadWorks();

    /** Works still running. */
    public long runningWorks() {
        return threads.alive();
    }

    @Override
    public WorkManager getWorkManager() {
        return new WorkManager() {
            @Override
            public void doWork(Work work) {
                work.run();
            }

            @Override
            public void doWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                work.run();
            }

            @Override
            public long startWork(Work work) {
                threads.start("work", work);
                return 0;
            }

            @Override
            public long startWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                return startWork(work);
            }

            @Override
            public void scheduleWork(Work work) {
                threads.start("work", work);
            }

            @Override
            public void scheduleWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                scheduleWork(work);
            }
        };
    }

    @Override
    public XATerminator getXATerminator() {
        return null;
    }

    @Override
    public Timer createTimer() {
        throw new UnsupportedOperationException("the adapter needs no timer");
    }

    @Override
    public boolean isContextSupported(Class<? extends WorkContext> contextClass) {
        return false;
    }

    @Override
    public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
        return null;
    }
}
