package org.ctios.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.admin.SimulatorStats;

/**
 * A window of live traffic measured over the same time on the switch (events it sent), the application (events it
 * committed, apply p99, CPU, memory) and the monitor-mode stream client (the switch-to-stream delay). A server too
 * busy to answer the statistics in time does not end the benchmark: its applied figures are then -1.
 */
final class LoadWindow {

    /** Applied at least this share of what the switch sent, and no stream restart or p99 of a second: kept up. */
    static final double KEPT_UP_SHARE = 0.9;
    static final double KEPT_UP_STREAM_P99_MILLIS = 1_000;

    private final CtiosApi api;
    private final PayaraProcess payara;
    private final PbxSimulator simulator;
    private final EventStreamClients stream;
    private final long sentBefore;
    private final Duration cpuBefore;
    private final long ownCpuBefore;
    private final long started;

    private LoadWindow(CtiosApi api, PayaraProcess payara, PbxSimulator simulator, EventStreamClients stream)
            throws InterruptedException {
        this.api = api;
        this.payara = payara;
        this.simulator = simulator;
        this.stream = stream;
        try {
            api.resetApplyStatistics();
        } catch (IOException tooBusy) {
            // the interval then starts earlier; finish() reports what it gets
        }
        stream.startMeasuring();
        this.sentBefore = eventsSent(simulator.stats());
        this.cpuBefore = payara.cpuTime();
        this.ownCpuBefore = ownCpuNanos();
        this.started = System.nanoTime();
    }

    /** Starts a window now: fresh apply statistics, the stream client's figures afresh. */
    static LoadWindow start(CtiosApi api, PayaraProcess payara, PbxSimulator simulator, EventStreamClients stream)
            throws InterruptedException {
        return new LoadWindow(api, payara, simulator, stream);
    }

    /** Ends the window now and gives its figures. */
    LiveFigures.Load finish(String name, double callsPerSecond) throws InterruptedException {
        ApplyFigures applied;
        try {
            applied = api.resetApplyStatistics();
        } catch (IOException tooBusy) {
            applied = null;
        }
        long sent = eventsSent(simulator.stats()) - sentBefore;
        double seconds = (System.nanoTime() - started) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double cpu = (payara.cpuTime().minus(cpuBefore).toNanos() / 1e9) / seconds / cores * 100;
        double ownCpu = ((ownCpuNanos() - ownCpuBefore) / 1e9) / seconds / cores * 100;
        SseClientFigures client = stream.figures().get(0);
        long heap = ProcessMemory.heapUsedMegabytes(payara.pid()).orElse(-1);
        long rss = ProcessMemory.residentMegabytes(payara.pid()).orElse(-1);
        double switchRate = sent / seconds;
        double appliedRate = applied == null ? -1 : applied.committed() / seconds;
        boolean keptUp = applied != null && appliedRate >= KEPT_UP_SHARE * switchRate && !client.restarted()
                && client.p99Millis() < KEPT_UP_STREAM_P99_MILLIS;
        return new LiveFigures.Load(name, callsPerSecond, seconds, switchRate, appliedRate,
                applied == null ? -1 : applied.committed(), applied == null ? -1 : applied.p99Millis(),
                client.timedEvents(), client.p50Millis(), client.p95Millis(), client.p99Millis(), client.maxMillis(),
                client.restarted(), cpu, heap, rss, simulator.calls().size(), keptUp, ownCpu);
    }

    /** CPU time of this JVM: the simulator, the clients, the benchmark itself. */
    private static long ownCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long eventsSent(SimulatorStats stats) {
        return stats.eventsSent().values().stream().mapToLong(Long::longValue).sum();
    }
}
