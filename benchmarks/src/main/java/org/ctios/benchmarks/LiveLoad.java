package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.admin.SimulatorStats;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.scenario.TrafficProfile;

/**
 * CTI OS against a live simulated switch, as a contact centre runs it: Payara Micro (as {@code run.sh} starts it)
 * with the RAR and the WAR, the simulator in this JVM with 2,000 agents on both sides of a duplex pair, one
 * monitor-mode event stream client reading every event. It measures the start-up, a sustained contact-centre load
 * (20 calls/s of 30 s), short dense calls stepped up until the system falls behind, and a failover of side A with
 * every agent logged in and calls in progress. Progress goes to {@code progress}; figures to {@link LiveFigures}.
 */
final class LiveLoad {

    /** Agents and calls that changed on the switch this recently are still on their way, not a disagreement. */
    static final Duration SETTLING = Duration.ofMillis(500);
    /** A contact centre's calls: 2 s ringing, 30 s talking on average, 5 s wrap-up. */
    private static final double RING_SECONDS = 2;
    private static final double HANDLE_SECONDS = 30;
    private static final double WRAP_UP_SECONDS = 5;
    /** The sustained load: 20 calls/s keep some 740 of the 2,000 agents busy. */
    private static final double SUSTAINED_CALLS_PER_SECOND = 20;
    private static final int FAILOVER_CALLS = 200;
    private static final Duration SETTLE_AFTER_STEP_CHANGE = Duration.ofSeconds(5);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FAILOVER_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CONVERGE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(50);

    private final BenchmarkSettings settings;
    private final Database database;
    private final Consumer<String> progress;

    LiveLoad(BenchmarkSettings settings, Database database, Consumer<String> progress) {
        this.settings = settings;
        this.database = database;
        this.progress = progress;
    }

    LiveFigures run() throws IOException, InterruptedException {
        int agents = settings.liveAgents();
        SwitchEmissions emissions = new SwitchEmissions(System::nanoTime);
        progress.accept(String.format(Locale.ROOT, "live: simulated switch with %,d agents on both sides, %s", agents,
                database.title()));
        try (PbxSimulator simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(
                ScenarioLoader.load(agents, 0, RING_SECONDS, HANDLE_SECONDS, WRAP_UP_SECONDS)))) {
            simulator.addListener(emissions);
            int httpPort = FreePorts.next();
            long launched = System.nanoTime();
            try (PayaraProcess payara = startPayara(httpPort, simulator)) {
                CtiosApi api = new CtiosApi(httpPort);
                LiveFigures.StartUp startUp = awaitStarted(api, payara, simulator, launched);
                try (EventStreamClients stream = EventStreamClients.open(1, httpPort, emissions, progress)) {
                    if (!stream.awaitStarted(settings.startTimeout())) {
                        throw new IOException("the event stream client had no snapshot: " + stream.failures());
                    }
                    Window window = new Window(api, payara, simulator, stream);
                    LiveFigures.Load sustained = sustained(simulator, window);
                    List<LiveFigures.Load> steps = new ArrayList<>();
                    String fellBehind = stepUp(simulator, window, steps);
                    drain(simulator, api, emissions);
                    LiveFigures.Failover failover = failover(simulator, api, emissions);
                    stream.failures().forEach(failure -> progress.accept("event stream client: " + failure));
                    return new LiveFigures(agents, startUp, sustained, steps, fellBehind, failover);
                }
            }
        }
    }

    private PayaraProcess startPayara(int httpPort, PbxSimulator simulator) throws IOException {
        // A directory of its own: the replay's Payara Micro later writes its log and root beside, not over, these.
        Path directory = settings.directory().resolve(database.name()).resolve("live");
        Directories.deleteRecursively(directory);
        Files.createDirectories(directory);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ctios.cti.side-a.host", "127.0.0.1");
        properties.put("ctios.cti.side-a.port", String.valueOf(simulator.sideAPort()));
        properties.put("ctios.cti.side-b.host", "127.0.0.1");
        properties.put("ctios.cti.side-b.port", String.valueOf(simulator.sideBPort()));
        properties.put("ctios.cti.agent-ids", "1001-" + (1000 + settings.liveAgents()));
        properties.put("ctios.organisation", "none");
        properties.putAll(database.freshForPayara(directory, "live"));
        progress.accept("live: starting Payara Micro on 127.0.0.1:" + httpPort + " (log: "
                + directory.resolve("payara.log") + ")");
        return PayaraProcess.start(settings.payaraJar(), settings.rar(), settings.war(), directory, httpPort,
                settings.payaraJvmOptions(), properties);
    }

    /** Waits until the API answers, the link is ready and every agent of the switch is stored logged in. */
    private LiveFigures.StartUp awaitStarted(CtiosApi api, PayaraProcess payara, PbxSimulator simulator,
                                             long launched) throws IOException, InterruptedException {
        long deadline = launched + settings.startTimeout().toNanos();
        double http = -1;
        double linkReady = -1;
        long nextProgress = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long loggedIn = simulator.stats().agents().stream().filter(a -> !"LOGOUT".equals(a.state())).count();
        while (System.nanoTime() - deadline < 0) {
            if (!payara.isAlive()) {
                throw new IOException("Payara Micro ended during start-up; see " + payara.log());
            }
            Optional<LinkState> link = api.linkState();
            double now = secondsSince(launched);
            if (link.isPresent() && http < 0) {
                http = now;
            }
            if (link.isPresent() && link.get().ready() && linkReady < 0) {
                linkReady = now;
            }
            if (linkReady >= 0 && storedLoggedIn(api) == loggedIn) {
                double stored = secondsSince(launched);
                long rss = ProcessMemory.residentMegabytes(payara.pid()).orElse(-1);
                long heap = ProcessMemory.heapUsedMegabytes(payara.pid()).orElse(-1);
                progress.accept(String.format(Locale.ROOT, "live: API up after %.1f s, link ready after %.1f s, "
                        + "%,d agents stored after %.1f s; resident %,d MB, heap in use %,d MB", http, linkReady,
                        loggedIn, stored, rss, heap));
                return new LiveFigures.StartUp(http, linkReady, stored, rss, heap);
            }
            if (System.nanoTime() - nextProgress >= 0) {
                progress.accept(String.format(Locale.ROOT, "live: waiting for CTI OS: %.0f s, %s", now,
                        link.map(l -> l.ready() ? "link ready, agents being stored" : "link not ready")
                                .orElse("application not answering yet")));
                nextProgress += Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(500);
        }
        throw new IOException("CTI OS was not ready within " + settings.startTimeout() + "; see " + payara.log());
    }

    private static long storedLoggedIn(CtiosApi api) throws IOException, InterruptedException {
        long count = 0;
        for (JsonNode agent : api.agents()) {
            if (!"LOGOUT".equals(agent.path("state").asText())) {
                count++;
            }
        }
        return count;
    }

    private LiveFigures.Load sustained(PbxSimulator simulator, Window window)
            throws IOException, InterruptedException {
        simulator.callsPerSecond(SUSTAINED_CALLS_PER_SECOND);
        progress.accept(String.format(Locale.ROOT, "live: %.0f calls/s of %.0f s; warming up for %d s",
                SUSTAINED_CALLS_PER_SECOND, HANDLE_SECONDS, settings.liveWarmUp().toSeconds()));
        sleepWithProgress(simulator, settings.liveWarmUp());
        LiveFigures.Load load = window.measure(String.format(Locale.ROOT, "%,d agents, %.0f calls/s of %.0f s",
                settings.liveAgents(), SUSTAINED_CALLS_PER_SECOND, HANDLE_SECONDS), SUSTAINED_CALLS_PER_SECOND,
                settings.liveSustained());
        report(load);
        return load;
    }

    /** Short dense calls at each rate in turn until a step does not keep up; returns that step's name or null. */
    private String stepUp(PbxSimulator simulator, Window window, List<LiveFigures.Load> steps)
            throws IOException, InterruptedException {
        for (double rate : settings.stepRates()) {
            simulator.traffic(denseCalls(rate));
            Thread.sleep(SETTLE_AFTER_STEP_CHANGE.toMillis());
            LiveFigures.Load step = window.measure(String.format(Locale.ROOT, "%,.0f calls/s of 0.4 s", rate), rate,
                    settings.liveStep());
            steps.add(step);
            report(step);
            if (!step.keptUp()) {
                return step.name();
            }
        }
        return null;
    }

    /** The recorded traffic's shape: 50 ms ringing, 0.4 s talking, 0.3 s wrap-up (about 11 events a call). */
    private static TrafficProfile denseCalls(double rate) {
        return new TrafficProfile(rate, Map.of(), Duration.ofMillis(50), Duration.ofMillis(400),
                Duration.ofMillis(300), Duration.ofSeconds(300), Duration.ofSeconds(20));
    }

    /**
     * No new calls; waits (bounded) until the application has caught up with the switch: the stored state equal to
     * the switch's. The longest 30-second calls of the sustained load may still be in progress (their talk times are
     * exponential), which is fine: the drill counts what is in progress when side A fails.
     */
    private void drain(PbxSimulator simulator, CtiosApi api, SwitchEmissions emissions)
            throws IOException, InterruptedException {
        simulator.callsPerSecond(0);
        progress.accept("live: no new calls; waiting until the stored state equals the switch's");
        List<String> left = awaitTruth(simulator, api, emissions, DRAIN_TIMEOUT);
        if (!left.isEmpty()) {
            progress.accept("live: not caught up within " + DRAIN_TIMEOUT + " (" + left.size() + " disagreements, "
                    + "e.g. " + left.get(0) + "); the failover drill starts anyway");
        }
    }

    /**
     * Every agent logged in, {@value #FAILOVER_CALLS} long calls in progress, then side A fails: how long until
     * the link is open on side B, its snapshot read, and the stored state equal to the switch's.
     */
    private LiveFigures.Failover failover(PbxSimulator simulator, CtiosApi api, SwitchEmissions emissions)
            throws IOException, InterruptedException {
        simulator.traffic(new TrafficProfile(50, Map.of(), Duration.ofMillis(500), Duration.ofMinutes(10),
                Duration.ofSeconds(5), Duration.ofSeconds(300), Duration.ofSeconds(20)));
        long deadline = System.nanoTime() + CONVERGE_TIMEOUT.toNanos();
        while (simulator.calls().size() < FAILOVER_CALLS && System.nanoTime() - deadline < 0) {
            Thread.sleep(20);
        }
        simulator.callsPerSecond(0);
        if (!awaitTruth(simulator, api, emissions, CONVERGE_TIMEOUT).isEmpty()) {
            return new LiveFigures.Failover(0, 0, -1, -1, -1, 0, 0,
                    "the stored state did not equal the switch's before the failure");
        }
        SimulatorStats before = simulator.stats();
        int loggedIn = (int) before.agents().stream().filter(a -> !"LOGOUT".equals(a.state())).count();
        int calls = simulator.calls().size();
        progress.accept(String.format(Locale.ROOT, "live: failover drill: %,d agents logged in, %d calls in "
                + "progress; side A fails now", loggedIn, calls));
        long failed = System.nanoTime();
        simulator.failSide("A");
        try {
            double linkUp = -1;
            double resynchronised = -1;
            long nextReport = failed;
            long end = failed + FAILOVER_TIMEOUT.toNanos();
            while (System.nanoTime() - end < 0) {
                Optional<LinkState> link = api.linkState();
                if (linkUp < 0 && link.isPresent() && link.get().connected() && "B".equals(link.get().side())) {
                    linkUp = secondsSince(failed);
                }
                if (linkUp >= 0 && resynchronised < 0 && link.isPresent() && link.get().ready()) {
                    resynchronised = secondsSince(failed);
                }
                if (resynchronised >= 0) {
                    Comparison comparison = compare(simulator, api, emissions, true);
                    if (!comparison.disagreements().isEmpty() && System.nanoTime() - nextReport >= 0) {
                        progress.accept(String.format(Locale.ROOT, "live: %.1f s after the failure, %d "
                                + "disagreements, e.g. %s", secondsSince(failed), comparison.disagreements().size(),
                                comparison.disagreements().stream().limit(3).toList()));
                        nextReport = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                    }
                    if (comparison.disagreements().isEmpty()) {
                        double equal = secondsSince(failed);
                        progress.accept(String.format(Locale.ROOT, "live: link up on side B after %.2f s, snapshot "
                                + "read after %.2f s, state equal to the switch's after %.2f s (%d settling, %d in "
                                + "wrap-up shown by the post-failover rule)", linkUp, resynchronised, equal,
                                comparison.settling(), comparison.wrapUpByRule()));
                        return new LiveFigures.Failover(loggedIn, calls, linkUp, resynchronised, equal,
                                comparison.settling(), comparison.wrapUpByRule(), null);
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
            return new LiveFigures.Failover(loggedIn, calls, linkUp, resynchronised, -1, 0, 0,
                    "not equal to the switch within " + FAILOVER_TIMEOUT + ": "
                            + compare(simulator, api, emissions, true).disagreements().stream().limit(5).toList());
        } finally {
            simulator.restoreSide("A");
        }
    }

    /** Waits until the stored state equals the switch's; returns the disagreements left (empty: equal). */
    private List<String> awaitTruth(PbxSimulator simulator, CtiosApi api, SwitchEmissions emissions,
                                    Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Comparison comparison = compare(simulator, api, emissions);
        while (!comparison.disagreements().isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(200);
            comparison = compare(simulator, api, emissions);
        }
        return comparison.disagreements();
    }

    /**
     * Stored agents and calls against the switch's, except those still settling.
     *
     * @param wrapUpByRule agents the switch has in wrap-up that CTI OS shows in their state before the call, as its
     *                     post-failover rule says (counted only after a failover)
     */
    private record Comparison(List<String> disagreements, int settling, int wrapUpByRule) {
    }

    /** CTI OS's post-failover rule (Agent.reconcile): an agent in wrap-up returns to its state before the call. */
    private static boolean wrapUpShownByRule(String switchState, String stored) {
        return switchState.equals("WORK_READY") && stored.equals("AVAILABLE")
                || switchState.equals("WORK_NOT_READY") && stored.equals("NOT_READY");
    }

    private static Comparison compare(PbxSimulator simulator, CtiosApi api, SwitchEmissions emissions)
            throws IOException, InterruptedException {
        return compare(simulator, api, emissions, false);
    }

    private static Comparison compare(PbxSimulator simulator, CtiosApi api, SwitchEmissions emissions,
                                      boolean afterFailover) throws IOException, InterruptedException {
        JsonNode storedAgents = api.agents();
        JsonNode storedCalls = api.calls();
        List<SimulatorStats.AgentTruth> agents = simulator.stats().agents();
        List<CallView> calls = simulator.calls();
        long settlingNanos = SETTLING.toNanos();
        List<String> disagreements = new ArrayList<>();
        int settling = 0;
        int wrapUpByRule = 0;
        Map<String, String> stored = new HashMap<>();
        storedAgents.forEach(agent -> stored.put(agent.path("id").asText(), agent.path("state").asText()));
        for (SimulatorStats.AgentTruth agent : agents) {
            String state = stored.getOrDefault(agent.agentId(), "LOGOUT");
            if (!state.equals(agent.state())) {
                if (afterFailover && wrapUpShownByRule(agent.state(), state)) {
                    wrapUpByRule++;
                } else if (emissions.agentChangedWithin(agent.agentId(), settlingNanos)) {
                    settling++;
                } else {
                    disagreements.add("agent " + agent.agentId() + " stored " + state + ", switch " + agent.state());
                }
            }
        }
        Set<Long> storedIds = new HashSet<>();
        storedCalls.forEach(call -> storedIds.add(call.path("id").asLong()));
        Set<Long> switchIds = new HashSet<>();
        calls.forEach(call -> switchIds.add(call.callId()));
        Set<Long> differing = new HashSet<>(storedIds);
        differing.addAll(switchIds);
        for (Long id : differing) {
            if (storedIds.contains(id) != switchIds.contains(id)) {
                if (emissions.callChangedWithin(id, settlingNanos)) {
                    settling++;
                } else {
                    disagreements.add("call " + id + (switchIds.contains(id) ? " not stored" : " stored, ended"));
                }
            }
        }
        return new Comparison(disagreements, settling, wrapUpByRule);
    }

    private void sleepWithProgress(PbxSimulator simulator, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() - end < 0) {
            Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            progress.accept(String.format(Locale.ROOT, "live: %d calls in progress, %,d ended",
                    simulator.calls().size(), simulator.stats().callsEnded()));
        }
    }

    private void report(LiveFigures.Load load) {
        progress.accept(String.format(Locale.ROOT, "live: %s: switch %,.0f events/s, applied %,.0f/s (apply p99 "
                        + "%.1f ms); stream p50 %.1f / p95 %.1f / p99 %.1f ms over %,d AgentState events%s; Payara "
                        + "CPU %.0f %%, heap %,d MB, resident %,d MB%s", load.name(), load.switchEventsPerSecond(),
                load.appliedEventsPerSecond(), load.applyP99Millis(), load.streamP50Millis(),
                load.streamP95Millis(), load.streamP99Millis(), load.streamEventsTimed(),
                load.streamRestarted() ? ", STREAM RESTARTED" : "", load.payaraCpuPercent(),
                load.heapUsedMegabytes(), load.residentMegabytes(), load.keptUp() ? "" : " — FELL BEHIND"));
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    /** Measures a window of live traffic: the switch, the application and the stream client over the same time. */
    private record Window(CtiosApi api, PayaraProcess payara, PbxSimulator simulator, EventStreamClients stream) {

        LiveFigures.Load measure(String name, double callsPerSecond, Duration length) throws InterruptedException {
            LoadWindow window = LoadWindow.start(api, payara, simulator, stream);
            Thread.sleep(length.toMillis());
            return window.finish(name, callsPerSecond);
        }
    }
}
