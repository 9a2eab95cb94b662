package org.ctios.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ctios.simulator.replay.ContactCentreTraffic;
import org.ctios.simulator.replay.Pacing;
import org.ctios.simulator.replay.Recording;
import org.ctios.simulator.replay.ReplayServer;
import org.ctios.simulator.replay.TrafficRecorder;

/**
 * How fast CTI OS applies CTI events, end to end: recorded simulator traffic is replayed into the resource adapter's
 * link in a real Payara Micro, through the MDB and the application services into H2, in two phases (a fixed rate,
 * then as fast as the application takes it); then plain JDBC inserts into the same H2 give the ceiling to compare
 * with. Prints a table and writes {@code apply-benchmark.json}. See benchmarks/README.md for the command.
 */
public final class ApplyBenchmark {

    private static final long RECORDING_SEED = 1;
    private static final int JDBC_WARM_UP_ROWS = 20_000;
    private static final java.time.Duration SNAPSHOT_TIMEOUT = java.time.Duration.ofSeconds(60);

    private final BenchmarkSettings settings;

    private ApplyBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        BenchmarkReport report = run(settings);
        report.print(System.out);
        Path json = settings.directory().resolve("apply-benchmark.json");
        report.writeJson(json);
        System.out.println("figures written to " + json);
    }

    /** Runs the benchmark; the recording stays in the settings' directory as {@code traffic.rec}. */
    static BenchmarkReport run(BenchmarkSettings settings) throws IOException, InterruptedException, SQLException {
        return new ApplyBenchmark(settings).run();
    }

    private BenchmarkReport run() throws IOException, InterruptedException, SQLException {
        Path directory = settings.directory();
        Files.createDirectories(directory);
        progress(String.format(Locale.ROOT, "apply benchmark: %,d events to warm up, %,d at %,.0f/s, then %,d flat "
                        + "out; in %s", settings.warmUpEvents(), settings.fixedRateEvents(), settings.rate(),
                settings.maxRateEvents(), directory));

        Path trafficFile = directory.resolve("traffic.rec");
        progress("recording simulator traffic (" + ContactCentreTraffic.AGENTS + " agents, "
                + (int) ContactCentreTraffic.CALLS_PER_SECOND + " calls/s) to " + trafficFile);
        TrafficRecorder.Result recorded = new TrafficRecorder(ContactCentreTraffic.dense(), RECORDING_SEED)
                .record(trafficFile, settings.totalEvents(), settings.recordTimeout(), ApplyBenchmark::progress);
        progress(String.format(Locale.ROOT, "recorded %,d frames in %.1f s", recorded.frames(),
                recorded.duration().toNanos() / 1e9));
        Recording recording = Recording.read(trafficFile);
        if (recording.size() < settings.totalEvents()) {
            throw new IllegalStateException("the recording has only " + recording.size() + " frames");
        }

        List<PhaseResult> phases = new ArrayList<>();
        List<SseClientFigures> streamFigures = List.of();
        int httpPort = FreePorts.next();
        try (ReplayServer replayer = ReplayServer.start(recording, InetAddress.getLoopbackAddress(), 0);
             PayaraProcess payara = startPayara(httpPort, replayer.port())) {
            CtiosApi api = new CtiosApi(httpPort);
            waitUntilReady(api, payara, replayer);
            ApplyPhase phase = new ApplyPhase(replayer, api, payara, settings.phaseTimeout(), directory,
                    settings.profile(), ApplyBenchmark::progress);
            // Opened before the warm-up, so that the streams' code is compiled too when the measured phase begins.
            EventStreamClients clients = settings.sseClients() == 0 ? null : openEventStreams(httpPort);
            int warmUpEnd = warmUp(phase, phases);
            int fixedEnd = warmUpEnd + settings.fixedRateEvents();
            int maxEnd = fixedEnd + settings.maxRateEvents();
            if (clients != null) {
                clients.startMeasuring();
            }
            try {
                phases.add(phase.run("fixed rate", warmUpEnd, fixedEnd, Pacing.fixedRate(settings.rate()),
                        String.format(Locale.ROOT, "%.0f/s", settings.rate())));
            } finally {
                if (clients != null) {
                    clients.close();
                }
            }
            report(phases.get(phases.size() - 1));
            if (clients != null) {
                clients.failures().forEach(failure -> progress("event stream client: " + failure));
                streamFigures = clients.stop();
                streamFigures.forEach(ApplyBenchmark::report);
            }
            phases.add(phase.run("max rate", fixedEnd, maxEnd, Pacing.asFastAsPossible(), "flat out"));
            report(phases.get(phases.size() - 1));
            progress("stopping Payara Micro (log: " + payara.log() + ")");
        }

        int rows = phases.get(phases.size() - 1).replay().framesSent();
        progress(String.format(Locale.ROOT, "raw JDBC baseline: %,d rows in batches of %d", rows,
                JdbcBaseline.BATCH_SIZE));
        JdbcBaseline.Result jdbc = JdbcBaseline.run(directory.resolve("jdbc-baseline"), JDBC_WARM_UP_ROWS, rows);
        return BenchmarkReport.of(recorded, phases, jdbc, streamFigures);
    }

    /**
     * Rounds of the recording, flat out and at the measured rate in turn, until the JIT compilers have settled in a
     * round at the measured rate, or the warm-up's events are used up. Paced rounds as well, because events that
     * arrive one at a time take other paths than a backlog does (batches of one, idle waits): warmed up flat out only,
     * the compiler still took 5 CPU-seconds of the measured phase's 20 s.
     *
     * @return where the recording's measured part starts
     */
    private int warmUp(ApplyPhase phase, List<PhaseResult> phases) throws IOException, InterruptedException {
        int from = 0;
        int round = 0;
        while (from < settings.warmUpEvents()) {
            int to = Math.min(from + settings.warmUpRoundEvents(), settings.warmUpEvents());
            round++;
            boolean paced = round % 2 == 0;
            PhaseResult result = paced
                    ? phase.run("warm-up " + round, from, to, Pacing.fixedRate(settings.rate()),
                            String.format(Locale.ROOT, "%.0f/s, not judged", settings.rate()))
                    : phase.run("warm-up " + round, from, to, Pacing.asFastAsPossible(), "flat out, not judged");
            phases.add(result);
            report(result);
            from = to;
            double compilers = JitSettling.compilerShare(result.busiestThreads(), result.waited().toNanos() / 1e9);
            boolean settled = paced && JitSettling.settled(compilers);
            progress(String.format(Locale.ROOT, "warm-up %d: JIT compilers used %.0f %% of a core%s", round,
                    compilers * 100, settled ? ": settled" : from < settings.warmUpEvents() ? ", another round"
                            : ", warm-up events used up: measuring anyway"));
            if (settled) {
                break;
            }
        }
        return from;
    }

    /** Opens the event stream clients and waits until each has its snapshot (they then receive every event). */
    private EventStreamClients openEventStreams(int httpPort) throws IOException, InterruptedException {
        EventStreamClients clients = EventStreamClients.open(settings.sseClients(), httpPort,
                new StateSinceDelay(Clock.systemUTC()), ApplyBenchmark::progress);
        if (!clients.awaitStarted(SNAPSHOT_TIMEOUT)) {
            clients.close();
            throw new IOException("not every event stream client had its snapshot within " + SNAPSHOT_TIMEOUT
                    + ": " + clients.failures());
        }
        return clients;
    }

    private PayaraProcess startPayara(int httpPort, int replayerPort) throws IOException {
        Path directory = settings.directory();
        Path database = directory.resolve("bench-db");
        Directories.deleteRecursively(database);
        Directories.deleteRecursively(directory.resolve("payara-root"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ctios.cti.side-a.host", "127.0.0.1");
        properties.put("ctios.cti.side-a.port", String.valueOf(replayerPort));
        // Side B on a port nobody listens on: the link stays on side A, where the replay is.
        properties.put("ctios.cti.side-b.host", "127.0.0.1");
        properties.put("ctios.cti.side-b.port", String.valueOf(FreePorts.next()));
        properties.put("ctios.cti.agent-ids", "");
        properties.put("ctios.organisation", "none");
        properties.put("ctios.datasource.url", "jdbc:h2:file:" + database.resolve("ctios")
                + JdbcBaseline.APPLICATION_URL_OPTIONS);
        progress("starting Payara Micro on 127.0.0.1:" + httpPort + ", CTI side A on the replay server's port "
                + replayerPort + " (log: " + directory.resolve("payara.log") + ")");
        return PayaraProcess.start(settings.payaraJar(), settings.rar(), settings.war(), directory, httpPort,
                settings.payaraJvmOptions(), properties);
    }

    /** Waits until the application answers, its CTI link is open and resynchronised, and statistics are there. */
    private void waitUntilReady(CtiosApi api, PayaraProcess payara, ReplayServer replayer)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + settings.startTimeout().toNanos();
        long nextProgress = started + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() - deadline < 0) {
            if (!payara.isAlive()) {
                throw new IOException("Payara Micro ended during start-up; see " + payara.log());
            }
            Optional<LinkState> link = api.linkState();
            if (link.isPresent() && link.get().ready() && replayer.hasSession()) {
                if (!api.hasApplyStatistics()) {
                    throw new IOException("the application has no GET /cti/api/system/apply-statistics");
                }
                progress(String.format(Locale.ROOT, "CTI OS is up after %.1f s; CTI link open on the replay server",
                        (System.nanoTime() - started) / 1e9));
                return;
            }
            if (System.nanoTime() - nextProgress >= 0) {
                progress(String.format(Locale.ROOT, "waiting for CTI OS: %d s, %s", TimeUnit.NANOSECONDS.toSeconds(
                        System.nanoTime() - started), link.map(l -> l.connected() ? "link open, resynchronising"
                        : "link not open yet").orElse("application not answering yet")));
                nextProgress += TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(1_000);
        }
        throw new IOException("CTI OS was not ready within " + settings.startTimeout() + "; see " + payara.log());
    }

    private static void report(PhaseResult result) {
        ApplyFigures figures = result.figures();
        progress(String.format(Locale.ROOT, "%s: sent %,d in %.1f s, applied %,d (%,.0f/s), p50 %.1f ms, p99 %.1f ms"
                        + "%s", result.name(), result.replay().framesSent(), result.replay().elapsed().toNanos() / 1e9,
                figures.committed(), figures.eventsPerSecond(), figures.p50Millis(), figures.p99Millis(),
                result.allApplied() ? "" : " — NOT all applied"));
    }

    private static void report(SseClientFigures client) {
        progress(String.format(Locale.ROOT, "event stream client %d: %,d events, %s, %d reconnects; delay of %,d "
                        + "AgentState events p50 %.1f ms, p99 %.1f ms, max %.1f ms", client.client(), client.events(),
                client.restarted() ? "RESTARTED (" + client.snapshots() + " snapshots)" : "no restart",
                client.reconnects(), client.timedEvents(), client.p50Millis(), client.p99Millis(),
                client.maxMillis()));
    }

    private static void progress(String line) {
        System.out.println("[apply-benchmark] " + line);
        System.out.flush();
    }
}
