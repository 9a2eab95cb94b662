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
 * link in a real Payara Micro, through the MDB and the application services into the database (H2 or PostgreSQL),
 * in two phases (a fixed rate, then as fast as the application takes it), then flat out again with monitor-mode
 * event stream clients reading every event (the fan-out); then plain JDBC inserts into the same kind of database
 * give the ceiling to compare with. Prints a table and writes {@code apply-benchmark.json}. See
 * benchmarks/README.md for the command.
 */
public final class ApplyBenchmark {

    private static final long RECORDING_SEED = 1;
    private static final int JDBC_WARM_UP_ROWS = 20_000;
    private static final java.time.Duration SNAPSHOT_TIMEOUT = java.time.Duration.ofSeconds(60);
    /** The fan-out's clients have read everything once their counts stood still this long (bounded). */
    private static final java.time.Duration CLIENTS_STILL = java.time.Duration.ofSeconds(2);
    private static final java.time.Duration CLIENTS_DRAIN_LIMIT = java.time.Duration.ofSeconds(60);

    private final BenchmarkSettings settings;
    private final Database database;
    private final Path directory;

    private ApplyBenchmark(BenchmarkSettings settings, Database database) {
        this.settings = settings;
        this.database = database;
        this.directory = settings.directory().resolve(database.name()).resolve("replay");
    }

    /** On H2 (the database of the figures of record); SystemBenchmark runs it on each database asked for. */
    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        BenchmarkReport report = run(settings, new Database.H2(), record(settings));
        report.print(System.out);
        Path json = settings.directory().resolve("apply-benchmark.json");
        report.writeJson(json);
        System.out.println("figures written to " + json);
    }

    /** The recording every run replays: {@code traffic.rec} in the settings' directory. */
    static Path trafficFile(BenchmarkSettings settings) {
        return settings.directory().resolve("traffic.rec");
    }

    /** Records the simulator's traffic once for every database's run. */
    static TrafficRecorder.Result record(BenchmarkSettings settings) throws IOException, InterruptedException {
        Files.createDirectories(settings.directory());
        Path trafficFile = trafficFile(settings);
        progress("recording simulator traffic (" + ContactCentreTraffic.AGENTS + " agents, "
                + (int) ContactCentreTraffic.CALLS_PER_SECOND + " calls/s) to " + trafficFile);
        TrafficRecorder.Result recorded = new TrafficRecorder(ContactCentreTraffic.dense(), RECORDING_SEED)
                .record(trafficFile, settings.totalEvents(), settings.recordTimeout(), ApplyBenchmark::progress);
        progress(String.format(Locale.ROOT, "recorded %,d frames in %.1f s", recorded.frames(),
                recorded.duration().toNanos() / 1e9));
        return recorded;
    }

    /** Runs the benchmark on that database with the recording {@link #record} made. */
    static BenchmarkReport run(BenchmarkSettings settings, Database database, TrafficRecorder.Result recorded)
            throws IOException, InterruptedException, SQLException {
        return new ApplyBenchmark(settings, database).run(recorded);
    }

    private BenchmarkReport run(TrafficRecorder.Result recorded) throws IOException, InterruptedException,
            SQLException {
        Directories.deleteRecursively(directory);
        Files.createDirectories(directory);
        progress(String.format(Locale.ROOT, "apply benchmark on %s: %,d events to warm up, %,d at %,.0f/s, then %,d "
                        + "flat out%s; in %s", database.title(), settings.warmUpEvents(), settings.fixedRateEvents(),
                settings.rate(), settings.maxRateEvents(), settings.fanOutClients() == 0 ? ""
                        : String.format(Locale.ROOT, ", then %,d flat out with %d event stream clients",
                        settings.maxRateEvents(), settings.fanOutClients()), directory));
        Recording recording = Recording.read(trafficFile(settings));
        if (recording.size() < settings.totalEvents()) {
            throw new IllegalStateException("the recording has only " + recording.size() + " frames");
        }

        List<PhaseResult> phases = new ArrayList<>();
        List<SseClientFigures> streamFigures = List.of();
        BenchmarkReport.FanOut fanOut = null;
        String fanOutFailure = null;
        int httpPort = FreePorts.next();
        try (ReplayServer replayer = ReplayServer.start(recording, InetAddress.getLoopbackAddress(), 0);
             PayaraProcess payara = startPayara(httpPort, replayer.port())) {
            CtiosApi api = new CtiosApi(httpPort);
            waitUntilReady(api, payara, replayer);
            ApplyPhase phase = new ApplyPhase(replayer, api, payara, settings.phaseTimeout(), directory,
                    settings.profile(), ApplyBenchmark::progress);
            // Opened before the warm-up, so that the streams' code is compiled too when the measured phase begins.
            EventStreamClients clients = settings.sseClients() == 0 ? null
                    : openEventStreams(httpPort, settings.sseClients());
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
            PhaseResult maxRate = phase.run("max rate", fixedEnd, maxEnd, Pacing.asFastAsPossible(), "flat out");
            phases.add(maxRate);
            report(maxRate);
            if (settings.fanOutClients() > 0) {
                try {
                    fanOut = fanOut(phase, httpPort, maxEnd);
                } catch (IOException | RuntimeException e) {
                    // The phases before it stand: the fan-out's failure is reported, not the whole replay's.
                    fanOutFailure = e.toString();
                    progress("the fan-out did not finish: " + fanOutFailure);
                }
            }
            progress("stopping Payara Micro (log: " + payara.log() + ")");
        }

        int rows = phases.get(phases.size() - 1).replay().framesSent();
        progress(String.format(Locale.ROOT, "raw JDBC baseline on %s: %,d rows in batches of %d", database.title(),
                rows, JdbcBaseline.BATCH_SIZE));
        JdbcBaseline.Result jdbc = JdbcBaseline.run(database, directory.resolve("jdbc-baseline"), JDBC_WARM_UP_ROWS,
                rows);
        return BenchmarkReport.of(database.name(), recorded, phases, jdbc, streamFigures, fanOut, fanOutFailure);
    }

    /**
     * The fan-out: {@link BenchmarkSettings#fanOutClients()} monitor-mode clients open and read every event; a round
     * flat out warms their code up (not judged), then the next frames flat out are measured, and the benchmark
     * waits (bounded) until the clients have read all they are going to.
     */
    private BenchmarkReport.FanOut fanOut(ApplyPhase phase, int httpPort, int from)
            throws IOException, InterruptedException {
        int clientCount = settings.fanOutClients();
        int warmUpEnd = from + settings.warmUpRoundEvents();
        int end = warmUpEnd + settings.maxRateEvents();
        EventStreamClients clients = openEventStreams(httpPort, clientCount);
        try {
            PhaseResult warmUp = phase.run("fan-out warm-up", from, warmUpEnd, Pacing.asFastAsPossible(),
                    "flat out, " + clientCount + " clients, not judged");
            report(warmUp);
            awaitClientsStill(clients);
            clients.startMeasuring();
            PhaseResult measured = phase.run("max rate, " + clientCount + " clients", warmUpEnd, end,
                    Pacing.asFastAsPossible(), "flat out, " + clientCount + " clients");
            report(measured);
            awaitClientsStill(clients);
            clients.failures().forEach(failure -> progress("event stream client: " + failure));
            List<SseClientFigures> figures = clients.stop();
            figures.forEach(ApplyBenchmark::report);
            BenchmarkReport.FanOut fanOut = BenchmarkReport.FanOut.of(BenchmarkReport.Phase.of(measured), figures);
            progress(String.format(Locale.ROOT, "fan-out: %,.0f events/s applied, %,.0f/s applied and read by every "
                    + "one of %d clients%s", fanOut.phase().eventsPerSecond(), fanOut.deliveredEventsPerSecond(),
                    clientCount, fanOut.everyClientEverything() ? "" : " — NOT every client read every event"));
            return fanOut;
        } finally {
            clients.close();
        }
    }

    /** Until no client has read anything new for a moment, bounded. */
    private static void awaitClientsStill(EventStreamClients clients) throws InterruptedException {
        long deadline = System.nanoTime() + CLIENTS_DRAIN_LIMIT.toNanos();
        long total = -1;
        long stillSince = System.nanoTime();
        while (System.nanoTime() - deadline < 0) {
            long now = clients.figures().stream().mapToLong(SseClientFigures::events).sum();
            if (now != total) {
                total = now;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince >= CLIENTS_STILL.toNanos()) {
                return;
            }
            Thread.sleep(100);
        }
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
    private EventStreamClients openEventStreams(int httpPort, int count) throws IOException, InterruptedException {
        EventStreamClients clients = EventStreamClients.open(count, httpPort,
                new StateSinceDelay(Clock.systemUTC()), ApplyBenchmark::progress);
        if (!clients.awaitStarted(SNAPSHOT_TIMEOUT)) {
            clients.close();
            throw new IOException("not every event stream client had its snapshot within " + SNAPSHOT_TIMEOUT
                    + ": " + clients.failures());
        }
        return clients;
    }

    private PayaraProcess startPayara(int httpPort, int replayerPort) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ctios.cti.side-a.host", "127.0.0.1");
        properties.put("ctios.cti.side-a.port", String.valueOf(replayerPort));
        // Side B on a port nobody listens on: the link stays on side A, where the replay is.
        properties.put("ctios.cti.side-b.host", "127.0.0.1");
        properties.put("ctios.cti.side-b.port", String.valueOf(FreePorts.next()));
        properties.put("ctios.cti.agent-ids", "");
        properties.put("ctios.organisation", "none");
        properties.putAll(database.freshForPayara(directory, "replay"));
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
