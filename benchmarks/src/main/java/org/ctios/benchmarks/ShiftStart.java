package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.TeamProfile;

/**
 * The start of a shift, as issue #18 describes it: Payara Micro (as {@code run.sh} starts it) with an organisation of
 * {@code agents} agents in teams ({@link ShiftScenario}, the same file the simulator runs) and a demo account for
 * each; every agent logged out. Calls begin at 20 calls/s of 30 s, and the agents' desktops start evenly over the
 * ramp: each opens its agent-mode event stream and logs its agent in and makes it ready ({@link DesktopLogin}), as its
 * own account; each team's supervisor also opens a team-mode stream. After the ramp, a burst of streams opens at one
 * instant (second desktops of as many agents). Then, with every stream open, a CRM polls {@code GET /calls} and
 * {@code GET /agents}. A monitor-mode client ({@code crm}, every event) reads throughout: the switch-to-stream delay
 * of a stream already open. Every wait is bounded; the desktops' streams are closed at the end.
 */
final class ShiftStart {

    /** A desktop whose stream has no snapshot this long after its first request has timed out. */
    static final Duration SNAPSHOT_DEADLINE = Duration.ofSeconds(60);
    /** Issue #18's traffic: 20 calls/s for 2,000 agents, in proportion for another number. */
    static final double CALLS_PER_SECOND_PER_2000_AGENTS = 20;
    private static final double RING_SECONDS = 2;
    private static final double HANDLE_SECONDS = 30;
    private static final double WRAP_UP_SECONDS = 5;
    /** The server's stream cap, set above every stream of the phase so that the cap does not decide the figures. */
    private static final int MAX_STREAMS_PER_AGENT = 2;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);
    /** Calls in progress the burst waits for (bounded): this share of what the traffic keeps up at its steady state. */
    private static final double SETTLED_SHARE = 0.9;
    private static final Duration WAIT_MARGIN = Duration.ofSeconds(15);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /** The HttpClient's threads: the streams' lines and the answers are handled there, none blocks. */
    private static final int CLIENT_THREADS = 4;

    private final BenchmarkSettings settings;
    private final Database database;
    private final Consumer<String> progress;
    private final LongSupplier clock = System::nanoTime;
    private double callsPerSecond;

    ShiftStart(BenchmarkSettings settings, Database database, Consumer<String> progress) {
        this.settings = settings;
        this.database = database;
        this.progress = line -> progress.accept("shift start: " + line);
    }

    ShiftStartFigures run() throws IOException, InterruptedException {
        int agentCount = settings.shiftAgents();
        Path directory = settings.directory().resolve(database.name()).resolve("shift-start");
        Directories.deleteRecursively(directory);
        Files.createDirectories(directory);
        Path organisation = directory.resolve("organisation.json");
        callsPerSecond = CALLS_PER_SECOND_PER_2000_AGENTS * agentCount / 2000.0;
        Scenario scenario = ShiftScenario.write(organisation, agentCount, callsPerSecond, RING_SECONDS,
                HANDLE_SECONDS, WRAP_UP_SECONDS);
        int maxStreams = MAX_STREAMS_PER_AGENT * (agentCount + scenario.teams().size()) + settings.shiftBurst();
        progress.accept(String.format(Locale.ROOT, "%,d agents in %d teams (%s), every one logged out; %s",
                agentCount, scenario.teams().size(), organisation, database.title()));
        SwitchEmissions emissions = new SwitchEmissions(clock);
        try (PbxSimulator simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(
                scenario.withCallsPerSecond(0)))) {
            simulator.addListener(emissions);
            int httpPort = FreePorts.next();
            long launched = clock.getAsLong();
            try (PayaraProcess payara = startPayara(directory, httpPort, simulator, organisation, maxStreams)) {
                CtiosApi api = new CtiosApi(httpPort);
                ShiftStartFigures.StartUp startUp = awaitReady(api, payara, agentCount, launched);
                try (EventStreamClients monitor = EventStreamClients.open(1, httpPort, emissions, progress);
                     Desktops desktops = new Desktops(httpPort)) {
                    if (!monitor.awaitStarted(settings.startTimeout())) {
                        throw new IOException("the monitor-mode client had no snapshot: " + monitor.failures());
                    }
                    return shift(scenario, simulator, api, payara, monitor, desktops, maxStreams, startUp);
                }
            }
        }
    }

    private ShiftStartFigures shift(Scenario scenario, PbxSimulator simulator, CtiosApi api, PayaraProcess payara,
                                    EventStreamClients monitor, Desktops desktops, int maxStreams,
                                    ShiftStartFigures.StartUp startUp) throws IOException, InterruptedException {
        Counters before = counters(api);
        List<AgentProfile> agents = scenario.agents().stream()
                .sorted(Comparator.comparingInt(agent -> Integer.parseInt(agent.agentId()))).toList();
        Map<String, Integer> supervised = new LinkedHashMap<>();
        for (TeamProfile team : scenario.teams()) {
            supervised.put(team.supervisorId(), team.id());
        }

        // The ramp: calls begin, the desktops start one after another.
        StatusCounts agentStatuses = new StatusCounts();
        StatusCounts teamStatuses = new StatusCounts();
        StatusCounts loginStatuses = new StatusCounts();
        Latencies loginLatency = new Latencies();
        List<DesktopStream> agentStreams = new ArrayList<>();
        List<DesktopStream> teamStreams = new ArrayList<>();
        List<DesktopLogin> logins = new ArrayList<>();
        Map<String, DesktopStream> teamStreamOf = new LinkedHashMap<>();
        for (AgentProfile agent : agents) {
            agentStreams.add(desktops.stream("agent " + agent.agentId(), "agentId=" + agent.agentId(), agent,
                    agentStatuses));
            logins.add(desktops.login(agent, loginStatuses, loginLatency));
            Integer team = supervised.get(agent.agentId());
            if (team != null) {
                DesktopStream teamStream = desktops.stream("team " + team, "teamId=" + team, agent, teamStatuses);
                teamStreams.add(teamStream);
                teamStreamOf.put(agent.agentId(), teamStream);
            }
        }
        simulator.callsPerSecond(callsPerSecond);
        FlightRecording rampRecording = profile(payara, "ramp");
        LoadWindow rampWindow = LoadWindow.start(api, payara, simulator, monitor);
        long rampNanos = settings.shiftRamp().toNanos();
        AtomicInteger started = new AtomicInteger();
        progress.accept(String.format(Locale.ROOT, "%.0f calls/s from now; %,d desktops start over %d s, each "
                        + "opening its agent-mode stream and logging its agent in; %d supervisors also open a "
                        + "team-mode stream", callsPerSecond, agents.size(), settings.shiftRamp().toSeconds(),
                teamStreams.size()));
        for (int i = 0; i < agents.size(); i++) {
            DesktopStream stream = agentStreams.get(i);
            DesktopLogin login = logins.get(i);
            DesktopStream team = teamStreamOf.get(agents.get(i).agentId());
            desktops.timers.schedule(() -> {
                stream.start();
                login.start();
                if (team != null) {
                    team.start();
                }
                started.incrementAndGet();
            }, rampNanos * i / agents.size(), TimeUnit.NANOSECONDS);
        }
        List<DesktopStream> rampStreams = new ArrayList<>(agentStreams);
        rampStreams.addAll(teamStreams);
        awaitSettled("ramp", rampStreams, logins, started, agents.size(),
                settings.shiftRamp().plus(SNAPSHOT_DEADLINE).plus(WAIT_MARGIN));
        LiveFigures.Load ramp = rampWindow.finish("ramp", callsPerSecond);
        stop(rampRecording);
        StreamOpenings agentOpenings = StreamOpenings.of(outcomes(agentStreams), agentStatuses.counts(),
                SNAPSHOT_DEADLINE);
        StreamOpenings teamOpenings = StreamOpenings.of(outcomes(teamStreams), teamStatuses.counts(),
                SNAPSHOT_DEADLINE);
        ShiftStartFigures.Logins loginFigures = new ShiftStartFigures.Logins(logins.size(),
                (int) logins.stream().filter(DesktopLogin::ready).count(), readyOnSwitch(simulator),
                loginLatency.summary(), loginStatuses.counts(), logins.stream().map(DesktopLogin::failure)
                .filter(failure -> failure != null).limit(StreamOpenings.FAILURES_KEPT).toList());
        report("agent streams", agentOpenings);
        report("team streams", teamOpenings);
        progress.accept(String.format(Locale.ROOT, "logins: %,d of %,d desktops ready (%,d agents ready on the "
                        + "switch); requests p50 %.1f ms, p99 %.1f ms; answers %s", loginFigures.ready(),
                loginFigures.desktops(), loginFigures.readyOnSwitch(), loginFigures.latency().p50Millis(),
                loginFigures.latency().p99Millis(), loginFigures.statuses().text()));
        report(ramp);

        // The burst, once the calls in progress are near their steady state.
        int callsAtBurst = awaitCalls(simulator);
        List<DesktopStream> burstStreams = new ArrayList<>();
        StatusCounts burstStatuses = new StatusCounts();
        int burst = Math.min(settings.shiftBurst(), agents.size());
        for (int i = 0; i < burst; i++) {
            AgentProfile agent = agents.get((int) ((long) i * agents.size() / burst));
            burstStreams.add(desktops.stream("second desktop of agent " + agent.agentId(),
                    "agentId=" + agent.agentId(), agent, burstStatuses));
        }
        progress.accept(String.format(Locale.ROOT, "%,d calls in progress; %d more agent-mode streams open at one "
                + "instant", callsAtBurst, burst));
        FlightRecording burstRecording = profile(payara, "burst");
        LoadWindow burstWindow = LoadWindow.start(api, payara, simulator, monitor);
        burstStreams.forEach(DesktopStream::start);
        awaitSettled("burst", burstStreams, List.of(), new AtomicInteger(burst), burst,
                SNAPSHOT_DEADLINE.plus(WAIT_MARGIN));
        LiveFigures.Load burstLoad = burstWindow.finish("burst", callsPerSecond);
        stop(burstRecording);
        StreamOpenings burstOpenings = StreamOpenings.of(outcomes(burstStreams), burstStatuses.counts(),
                SNAPSHOT_DEADLINE);
        report("burst streams", burstOpenings);
        report(burstLoad);

        // Every stream open: memory, a CRM polling, and whether the application keeps up.
        progress.accept(String.format(Locale.ROOT, "every stream open: a CRM polls GET /calls and GET /agents every "
                + "%d ms each for %d s", POLL_INTERVAL.toMillis(), settings.shiftWindow().toSeconds()));
        LoadWindow openWindow = LoadWindow.start(api, payara, simulator, monitor);
        Poller calls = new Poller("GET /cti/api/calls", desktops.crm, URI.create(desktops.base + "calls"));
        Poller agentList = new Poller("GET /cti/api/agents", desktops.crm, URI.create(desktops.base + "agents"));
        long windowEnd = clock.getAsLong() + settings.shiftWindow().toNanos();
        Thread callsThread = calls.start(windowEnd);
        Thread agentsThread = agentList.start(windowEnd);
        callsThread.join(settings.shiftWindow().plus(POLL_TIMEOUT).plusSeconds(5).toMillis());
        agentsThread.join(POLL_TIMEOUT.plusSeconds(5).toMillis());
        LiveFigures.Load openLoad = openWindow.finish("every stream open", callsPerSecond);
        List<DesktopStream> all = new ArrayList<>(rampStreams);
        all.addAll(burstStreams);
        int streaming = (int) all.stream().filter(DesktopStream::streaming).count();
        Optional<String> metrics = metrics(api);
        ShiftStartFigures.Open open = new ShiftStartFigures.Open(streaming,
                metrics.map(text -> (long) MetricsText.sum(text, "ctios_event_streams_active")).orElse(-1L),
                ProcessMemory.residentMegabytes(payara.pid()).orElse(-1),
                ProcessMemory.heapUsedMegabytes(payara.pid()).orElse(-1), calls.figures(), agentList.figures(),
                openLoad);
        Counters after = counters(api);
        progress.accept(String.format(Locale.ROOT, "every stream open: %,d desktop streams reading (server: %,d "
                        + "streams); Payara resident %,d MB, heap %,d MB; %s p50 %.1f ms, p99 %.1f ms (%,d calls); "
                        + "%s p50 %.1f ms, p99 %.1f ms (%,d agents)", open.desktopStreamsOpen(),
                open.serverStreamsOpen(), open.residentMegabytes(), open.heapUsedMegabytes(), open.calls().endpoint(),
                open.calls().latency().p50Millis(), open.calls().latency().p99Millis(), open.calls().items(),
                open.agents().endpoint(), open.agents().latency().p50Millis(), open.agents().latency().p99Millis(),
                open.agents().items()));
        report(openLoad);
        long rolledBack = after.rolledBack() < 0 || before.rolledBack() < 0 ? -1
                : after.rolledBack() - before.rolledBack();
        long deadLetters = after.deadLetters() < 0 || before.deadLetters() < 0 ? -1
                : after.deadLetters() - before.deadLetters();
        long dropped = after.dropped() < 0 || before.dropped() < 0 ? -1 : after.dropped() - before.dropped();
        progress.accept(String.format(Locale.ROOT, "rolled back deliveries %d, dead letters %d, streams dropped by "
                + "the server %d", rolledBack, deadLetters, dropped));
        return new ShiftStartFigures(agents.size(), scenario.teams().size(), settings.shiftRamp().toNanos() / 1e9,
                callsPerSecond, maxStreams, SNAPSHOT_DEADLINE.toSeconds(), startUp, agentOpenings, teamOpenings,
                loginFigures, burstOpenings, callsAtBurst, ramp, burstLoad, open, rolledBack, deadLetters, dropped);
    }

    /** With {@code benchmark.profile}, a flight recording of Payara over one part of the phase; else none. */
    private FlightRecording profile(PayaraProcess payara, String part) throws IOException, InterruptedException {
        return settings.profile() ? FlightRecording.start(payara.pid(), "shift-" + part, settings.directory()
                .resolve(database.name()).resolve("shift-start").resolve("payara-" + part + ".jfr")) : null;
    }

    private static void stop(FlightRecording recording) throws IOException, InterruptedException {
        if (recording != null) {
            recording.stop();
        }
    }

    private PayaraProcess startPayara(Path directory, int httpPort, PbxSimulator simulator, Path organisation,
                                      int maxStreams) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ctios.cti.side-a.host", "127.0.0.1");
        properties.put("ctios.cti.side-a.port", String.valueOf(simulator.sideAPort()));
        properties.put("ctios.cti.side-b.host", "127.0.0.1");
        properties.put("ctios.cti.side-b.port", String.valueOf(simulator.sideBPort()));
        properties.put("ctios.cti.agent-ids", "1001-" + (1000 + settings.shiftAgents()));
        properties.put("ctios.organisation", organisation.toAbsolutePath().toString());
        properties.put("ctios.events.max-streams", String.valueOf(maxStreams));
        properties.putAll(database.freshForPayara(directory, "shift"));
        progress.accept("starting Payara Micro on 127.0.0.1:" + httpPort + " (log: " + directory.resolve("payara.log")
                + ")");
        return PayaraProcess.start(settings.payaraJar(), settings.rar(), settings.war(), directory, httpPort,
                settings.payaraJvmOptions(), properties);
    }

    /** Until the API answers, the link is ready and every agent of the organisation is stored. */
    private ShiftStartFigures.StartUp awaitReady(CtiosApi api, PayaraProcess payara, int agents, long launched)
            throws IOException, InterruptedException {
        long deadline = launched + settings.startTimeout().toNanos();
        double http = -1;
        long nextProgress = clock.getAsLong() + PROGRESS_EVERY.toNanos();
        while (clock.getAsLong() - deadline < 0) {
            if (!payara.isAlive()) {
                throw new IOException("Payara Micro ended during start-up; see " + payara.log());
            }
            Optional<LinkState> link = api.linkState();
            double now = (clock.getAsLong() - launched) / 1e9;
            if (link.isPresent() && http < 0) {
                http = now;
            }
            if (link.isPresent() && link.get().ready() && storedAgents(api) >= agents) {
                long rss = ProcessMemory.residentMegabytes(payara.pid()).orElse(-1);
                progress.accept(String.format(Locale.ROOT, "API up after %.1f s, link ready and %,d agents stored "
                        + "after %.1f s; resident %,d MB", http, agents, now, rss));
                return new ShiftStartFigures.StartUp(http, now, rss);
            }
            if (clock.getAsLong() - nextProgress >= 0) {
                progress.accept(String.format(Locale.ROOT, "waiting for CTI OS: %.0f s", now));
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(500);
        }
        throw new IOException("CTI OS was not ready within " + settings.startTimeout() + "; see " + payara.log());
    }

    private static int storedAgents(CtiosApi api) throws InterruptedException {
        try {
            return api.agents().size();
        } catch (IOException notYet) {
            return -1;
        }
    }

    /** Until every desktop started, every stream opened or gave up and every login is done; bounded. */
    private void awaitSettled(String what, Collection<DesktopStream> streams, Collection<DesktopLogin> logins,
                              AtomicInteger started, int desktops, Duration limit) throws InterruptedException {
        long begun = clock.getAsLong();
        long deadline = begun + limit.toNanos();
        long nextProgress = begun + PROGRESS_EVERY.toNanos();
        while (clock.getAsLong() - deadline < 0) {
            boolean settled = started.get() == desktops && streams.stream().allMatch(DesktopStream::settled)
                    && logins.stream().allMatch(DesktopLogin::done);
            if (settled) {
                return;
            }
            if (clock.getAsLong() - nextProgress >= 0) {
                progress.accept(String.format(Locale.ROOT, "%s: %.0f s, %,d of %,d desktops started, %,d of %,d "
                                + "streams with their snapshot, %,d given up, %,d of %,d logins done", what,
                        (clock.getAsLong() - begun) / 1e9, started.get(), desktops,
                        streams.stream().filter(DesktopStream::hasSnapshot).count(), streams.size(),
                        streams.stream().filter(s -> s.settled() && !s.hasSnapshot()).count(),
                        logins.stream().filter(DesktopLogin::done).count(), logins.size()));
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(100);
        }
        progress.accept(what + ": not settled within " + limit + "; measuring what there is");
    }

    /** Waits (bounded) until the calls in progress near what the traffic keeps up; returns them. */
    private int awaitCalls(PbxSimulator simulator) throws InterruptedException {
        int steady = (int) (SETTLED_SHARE * callsPerSecond * (RING_SECONDS + HANDLE_SECONDS));
        long deadline = clock.getAsLong() + SETTLE_LIMIT.toNanos();
        while (simulator.calls().size() < steady && clock.getAsLong() - deadline < 0) {
            Thread.sleep(200);
        }
        return simulator.calls().size();
    }

    private static int readyOnSwitch(PbxSimulator simulator) {
        return (int) simulator.stats().agents().stream()
                .filter(agent -> !"LOGOUT".equals(agent.state()) && !"NOT_READY".equals(agent.state())).count();
    }

    private static List<DesktopStream.Outcome> outcomes(List<DesktopStream> streams) {
        return streams.stream().map(DesktopStream::outcome).toList();
    }

    /** Counters of the whole server that must not move: -1 where the server did not answer. */
    private record Counters(long rolledBack, long deadLetters, long dropped) {
    }

    private static Counters counters(CtiosApi api) throws InterruptedException {
        Optional<String> metrics = metrics(api);
        long deadLetters = api.linkState().map(LinkState::deadLetters).orElse(-1L);
        return new Counters(metrics.map(text -> (long) MetricsText.sum(text, "ctios_events_rolled_back_total"))
                .orElse(-1L), deadLetters,
                metrics.map(text -> (long) MetricsText.sum(text, "ctios_event_streams_dropped_total")).orElse(-1L));
    }

    private static Optional<String> metrics(CtiosApi api) throws InterruptedException {
        try {
            return Optional.of(api.metrics());
        } catch (IOException tooBusy) {
            return Optional.empty();
        }
    }

    private void report(String what, StreamOpenings openings) {
        progress.accept(String.format(Locale.ROOT, "%s: %,d of %,d with their snapshot within %d s (%,d timed out, "
                        + "%,d refused); to the snapshot p50 %.1f ms, p99 %.1f ms, max %.1f ms; %,d requests, "
                        + "answers %s%s", what, openings.opened(), openings.streams(), SNAPSHOT_DEADLINE.toSeconds(),
                openings.timedOut(), openings.refused(), openings.toSnapshot().p50Millis(),
                openings.toSnapshot().p99Millis(), openings.toSnapshot().maxMillis(), openings.attempts(),
                openings.statuses().text(), openings.failures().isEmpty() ? ""
                        : "; e.g. " + String.join(" | ", openings.failures())));
    }

    private void report(LiveFigures.Load load) {
        progress.accept(String.format(Locale.ROOT, "%s (%.0f s): switch %,.0f events/s, applied %,.0f/s (apply p99 "
                        + "%.1f ms); monitor stream p50 %.1f / p99 %.1f / max %.1f ms over %,d AgentState events%s; "
                        + "Payara CPU %.0f %%, the benchmark's %.0f %%, resident %,d MB", load.name(), load.seconds(),
                load.switchEventsPerSecond(), load.appliedEventsPerSecond(), load.applyP99Millis(),
                load.streamP50Millis(), load.streamP99Millis(), load.streamMaxMillis(), load.streamEventsTimed(),
                load.streamRestarted() ? ", STREAM RESTARTED" : "", load.payaraCpuPercent(),
                load.benchmarkCpuPercent(), load.residentMegabytes()));
    }

    /** The desktops' HTTP client, timers and streams; closing closes every stream. */
    private final class Desktops implements AutoCloseable {

        private final ExecutorService executor = Executors.newFixedThreadPool(CLIENT_THREADS, daemons("desktop"));
        private final ScheduledExecutorService timers = new ScheduledThreadPoolExecutor(2, daemons("desktop-timer"));
        private final HttpClient http;
        private final String base;
        private final String crm = basic("crm", "crm");
        private final List<DesktopStream> streams = new ArrayList<>();

        Desktops(int port) {
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            this.base = "http://127.0.0.1:" + port + "/cti/api/";
        }

        DesktopStream stream(String name, String query, AgentProfile account, StatusCounts statuses) {
            DesktopStream stream = new DesktopStream(name, http, URI.create(base + "events?" + query),
                    basic(account.agentId(), account.password()), statuses, timers, SNAPSHOT_DEADLINE, clock);
            synchronized (streams) {
                streams.add(stream);
            }
            return stream;
        }

        DesktopLogin login(AgentProfile agent, StatusCounts statuses, Latencies latencies) {
            return new DesktopLogin(http, URI.create(base), agent.agentId(), agent.instrument(), agent.password(),
                    basic(agent.agentId(), agent.password()), statuses, latencies, timers, clock, SNAPSHOT_DEADLINE);
        }

        @Override
        public void close() {
            timers.shutdownNow();
            synchronized (streams) {
                streams.forEach(DesktopStream::close);
            }
            executor.shutdownNow();
        }
    }

    /** Polls one resource in a loop on a thread of its own, as a CRM's poller does: the next request on the tick. */
    private final class Poller {

        private final String endpoint;
        private final String authorization;
        private final URI uri;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Latencies latencies = new Latencies();
        private final StatusCounts statuses = new StatusCounts();
        private volatile String lastBody;

        Poller(String endpoint, String authorization, URI uri) {
            this.endpoint = endpoint;
            this.authorization = authorization;
            this.uri = uri;
        }

        Thread start(long endNanos) {
            Thread thread = new Thread(() -> poll(endNanos), "crm-poller");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        private void poll(long endNanos) {
            HttpRequest request = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1)
                    .timeout(POLL_TIMEOUT).header("Accept", "application/json")
                    .header("Authorization", authorization).GET().build();
            long next = clock.getAsLong();
            while (next - endNanos < 0) {
                long sent = clock.getAsLong();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.addNanos(clock.getAsLong() - sent);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 200) {
                        lastBody = response.body();
                    }
                } catch (IOException e) {
                    statuses.noAnswer();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                next += POLL_INTERVAL.toNanos();
                long wait = next - clock.getAsLong();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                } else {
                    next = clock.getAsLong();
                }
            }
        }

        ShiftStartFigures.Polls figures() {
            int items = -1;
            String body = lastBody;
            if (body != null) {
                try {
                    JsonNode answer = new ObjectMapper().readTree(body);
                    items = answer.isArray() ? answer.size() : -1;
                } catch (IOException notJson) {
                    items = -1;
                }
            }
            return new ShiftStartFigures.Polls(endpoint, latencies.summary(), statuses.counts(), items);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
