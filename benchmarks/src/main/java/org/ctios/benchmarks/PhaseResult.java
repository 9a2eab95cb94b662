package org.ctios.benchmarks;

import java.time.Duration;
import java.util.List;
import org.ctios.simulator.replay.ReplayResult;

/**
 * One phase's outcome.
 *
 * @param replay        what the replay server sent, and how long that took
 * @param figures       the application's apply statistics for the phase
 * @param allApplied    whether the application committed at least as many events as were sent
 * @param waited        from the start of the replay to the end of the wait for the application
 * @param payaraCpu     CPU time Payara Micro used over {@code waited}
 * @param linkAfter     the CTI link's status at the end (dead letters, reconnects)
 * @param busiestThreads Payara Micro's threads that used the most CPU over the phase
 */
record PhaseResult(String name, String pacing, ReplayResult replay, ApplyFigures figures, boolean allApplied,
                   Duration waited, Duration payaraCpu, LinkState linkAfter, List<ThreadCpu.Share> busiestThreads) {

    /** Payara Micro's CPU use over the phase as a share of the whole machine, in percent. */
    double payaraCpuPercent() {
        double seconds = waited.toNanos() / 1e9;
        return seconds == 0 ? 0
                : payaraCpu.toNanos() / 1e9 / seconds / Runtime.getRuntime().availableProcessors() * 100;
    }
}
