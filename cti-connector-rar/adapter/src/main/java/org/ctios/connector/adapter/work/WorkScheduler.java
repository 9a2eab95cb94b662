package org.ctios.connector.adapter.work;

/**
 * Starts the adapter's long-running tasks: the container's WorkManager in a server, plain threads in tests. The
 * adapter itself never creates a thread.
 */
public interface WorkScheduler {

    /** Starts a task that runs until it is released or told to stop otherwise; returns at once. */
    void start(String name, LongRunningTask task);
}
