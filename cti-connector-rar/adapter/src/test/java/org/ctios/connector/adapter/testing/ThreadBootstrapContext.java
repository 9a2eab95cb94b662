package org.ctios.connector.adapter.testing;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ctios.connector.adapter.work.LongRunningTask;

/**
 * A container's bootstrap context reduced to what the adapter uses: a WorkManager running each Work on a thread, and
 * releasing them all as a container shutting down does.
 */
public final class ThreadBootstrapContext implements BootstrapContext {

    private final ThreadWorks threads = new ThreadWorks();
    private final List<Work> scheduled = new CopyOnWriteArrayList<>();

    /** Works still running. */
    public long runningWorks() {
        return threads.alive();
    }

    /** Works scheduled so far, running or not. */
    public int scheduledWorks() {
        return scheduled.size();
    }

    /** Calls {@link Work#release()} on every Work, each from its own thread, and returns when all calls returned. */
    public void releaseAll() throws InterruptedException {
        List<Thread> releasing = scheduled.stream().map(work -> new Thread(work::release, "release")).toList();
        releasing.forEach(Thread::start);
        for (Thread thread : releasing) {
            thread.join();
        }
    }

    private void run(Work work) {
        scheduled.add(work);
        threads.start("work", LongRunningTask.of(work, work::release));
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
                run(work);
                return 0;
            }

            @Override
            public long startWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                return startWork(work);
            }

            @Override
            public void scheduleWork(Work work) {
                run(work);
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
