package org.ctios.connector.adapter.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ctios.connector.adapter.work.LongRunningTask;
import org.ctios.connector.adapter.work.WorkScheduler;

/** The tests' WorkManager: a daemon thread per task, remembered so a test can check that all of them ended. */
public final class ThreadWorks implements WorkScheduler {

    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void start(String name, LongRunningTask task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Tasks still running. */
    public long alive() {
        return threads.stream().filter(Thread::isAlive).count();
    }

    /** Tasks still running whose name starts so. */
    public long alive(String namePrefix) {
        return threads.stream().filter(Thread::isAlive).filter(t -> t.getName().startsWith(namePrefix)).count();
    }
}
