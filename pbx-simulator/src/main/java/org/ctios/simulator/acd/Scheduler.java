package org.ctios.simulator.acd;

import java.time.Duration;

/**
 * Runs an action on the engine's thread after a delay. The engine's own scheduler uses real time; tests may use one
 * that advances a virtual clock, which makes a simulated hour pass in milliseconds.
 */
public interface Scheduler {

    void schedule(Duration delay, Runnable action);
}
