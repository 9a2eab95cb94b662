package org.ctios.simulator.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.stream.MessageReader;
import org.ctios.protocol.stream.MessageWriter;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CtiService;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.SkillGroupView;
import org.ctios.simulator.admin.SimulatorStats;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;

/**
 * Measures the simulator under load with one ALL_EVENTS client that decodes everything it receives:
 * first the load of a full CTI OS server pair (2,000 agents, 20 calls per second, 30-second calls), then short
 * calls at rising rates until the client's event rate stops following the offered rate. Prints a table.
 *
 * <p>Run: {@code java -cp pbx-simulator/target/pbx-simulator.jar org.ctios.simulator.bench.LoadBenchmark
 * [seconds per step, default 20]}
 */
public final class LoadBenchmark {

    private static final int AGENTS = 2_000;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LoadBenchmark() {
    }

    /** One measured step. */
    record Step(String name, double offeredCallsPerSecond, double callsEndedPerSecond, double eventsPerSecond,
                long callsActive, long callsQueued, double cpuPercent, long heapMegabytes) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Step> steps = new ArrayList<>();
        System.out.printf("pbx-simulator load benchmark: %d agents, %d s per step, %d cores, %s%n", AGENTS, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        // A contact centre's day: 30-second calls ringing 2 s with 5 s of wrap-up; measured once calls end steadily.
        steps.add(run("2,000 agents, 20 calls/s of 30 s", ScenarioLoader.load(AGENTS, 20, 2, 30, 5), 20,
                Duration.ofSeconds(60), seconds));
        // Then as many events as possible: instant answers, short calls, no wrap-up.
        for (double rate : new double[] {1000, 2000, 3000, 4000, 5000}) {
            steps.add(run(String.format(Locale.ROOT, "2,000 agents, %.0f calls/s of 0.2 s", rate),
                    ScenarioLoader.load(AGENTS, rate, 0.01, 0.2, 0), rate, Duration.ofSeconds(5), seconds));
        }
        System.out.println();
        System.out.println("| step | offered calls/s | calls ended/s | events/s to the client | calls active "
                + "| calls queued | process CPU | heap |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Step step : steps) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.0f | %d | %d | %.0f %% | %d MB |%n", step.name(),
                    step.offeredCallsPerSecond(), step.callsEndedPerSecond(), step.eventsPerSecond(),
                    step.callsActive(), step.callsQueued(), step.cpuPercent(), step.heapMegabytes());
        }
    }

    private static Step run(String name, Scenario scenario, double rate, Duration warmUp, int seconds)
            throws Exception {
        System.out.printf("%s: warming up for %d s, then measuring for %d s...%n", name, warmUp.toSeconds(), seconds);
        try (PbxSimulator simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(scenario));
             CountingClient client = new CountingClient(simulator.sideAPort())) {
            Thread.sleep(warmUp.toMillis());
            long eventsBefore = client.events();
            long endedBefore = simulator.stats().callsEnded();
            double cpuBefore = OS.getProcessCpuTime();
            long started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double elapsed = (System.nanoTime() - started) / 1e9;
            SimulatorStats stats = simulator.stats();
            double cpu = (OS.getProcessCpuTime() - cpuBefore) / 1e9 / elapsed
                    / Runtime.getRuntime().availableProcessors() * 100;
            long queued = stats.skillGroups().stream().mapToLong(SkillGroupView::callsQueued).sum();
            Runtime runtime = Runtime.getRuntime();
            Step step = new Step(name, rate, (stats.callsEnded() - endedBefore) / elapsed,
                    (client.events() - eventsBefore) / elapsed, stats.callsActive(), queued, cpu,
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
            System.out.printf(Locale.ROOT, "%s: %.0f events/s, %.1f calls ended/s, %d queued, CPU %.0f %%%n", name,
                    step.eventsPerSecond(), step.callsEndedPerSecond(), step.callsQueued(), step.cpuPercent());
            if (client.failure() != null) {
                throw new IllegalStateException("the client failed: " + client.failure());
            }
            return step;
        }
    }

    /** A monitor-mode client that decodes every message on its own thread and counts them. */
    private static final class CountingClient implements AutoCloseable {
        private final Socket socket;
        private final AtomicLong events = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile String failure;

        CountingClient(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            MessageWriter writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
            MessageReader reader = new MessageReader(socket.getInputStream(), ProtocolVersion.V24);
            writer.write(new OpenReq(1, 24, 0xFFFF_FFFFL, 0xFFFF_FFFFL, CtiService.ALL_EVENTS.bit(), 0xFFFF_FFFFL,
                    AgentState.allStatesMask(), 0, 0, 0, 0, "load-benchmark", ByteString.empty(), null, null, null,
                    null, null));
            if (!(reader.read() instanceof OpenConf)) {
                throw new IOException("the session did not open");
            }
            Thread thread = new Thread(() -> {
                try {
                    while (running.get() && reader.read() != null) {
                        events.incrementAndGet();
                    }
                } catch (IOException e) {
                    if (running.get()) {
                        failure = e.toString();
                    }
                }
            }, "benchmark-client");
            thread.setDaemon(true);
            thread.start();
        }

        long events() {
            return events.get();
        }

        String failure() {
            return failure;
        }

        @Override
        public void close() throws IOException {
            running.set(false);
            socket.close();
        }
    }
}
