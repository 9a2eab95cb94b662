package org.ctios.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A connection to a CTI OS server in one of the event streams' modes — agent (one agent), team (a supervisor's team)
 * or monitor (a filter, or everything) — that keeps the live {@link Agent}s, {@link Call}s and {@link SkillGroup}s of
 * that scope up to date from the stream's snapshot and events, reconnects by itself, and tells its
 * {@link CtiListener} what happens. Control requests go through the objects ({@link Agent#ready()},
 * {@link Call#actions()}, {@link #supervisor(String)}...).
 *
 * <pre>{@code
 * try (CtiSession session = CtiSession.builder("http://127.0.0.1:8080").basic("1001", "1001").agent("1001")
 *         .listener(new CtiListener() {
 *             public void onCallDelivered(Call call, ScreenPop pop) { System.out.println(pop.ani()); }
 *         }).open()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Threads: one reads the stream, one calls the listener, one timer (link status, silence watchdog), and two for
 * the HTTP client; {@link #close()} stops all of them. Thread-safe: the getters may be called from any thread.
 */
public final class CtiSession implements AutoCloseable {

    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final String prefix;
    private final ExecutorService httpExecutor;
    private final ScheduledExecutorService timer;
    private final Requests requests;
    private final Controls controls;
    private final ListenerDispatcher dispatcher;
    private final LiveModel model;
    private final StreamFollower follower;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean linkReading = new AtomicBoolean();
    private volatile ConnectionStatus connectionStatus = ConnectionStatus.CONNECTING;
    private volatile LinkStatus linkStatus;

    private CtiSession(Builder builder) {
        prefix = "cti-session-" + SESSIONS.incrementAndGet();
        AtomicInteger httpThreads = new AtomicInteger();
        // The HTTP client's tasks are bounded by the session's requests in flight (Requests) and its one stream.
        httpExecutor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> daemon(runnable, prefix + "-http-" + httpThreads.incrementAndGet()));
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
                runnable -> daemon(runnable, prefix + "-timer"));
        scheduler.setRemoveOnCancelPolicy(true);
        timer = scheduler;
        HttpClient http = HttpClient.newBuilder()
                // HTTP/1.1: Payara answers the h2c upgrade Java offers on plain connections badly (web-module README).
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(builder.requestTimeout)
                .executor(httpExecutor)
                .build();
        requests = new Requests(http, builder.apiBase(), builder.authorization, builder.requestTimeout,
                builder.maxRequestsInFlight);
        controls = new Controls(requests, builder.agentId);
        dispatcher = new ListenerDispatcher(builder.listener, builder.listenerQueueLimit,
                this::catchUp, prefix + "-listener");
        model = new LiveModel(controls, builder.filter == null, dispatcher::notify);
        follower = new StreamFollower(requests, builder.streamPath(), model,
                new Backoff(builder.firstBackoff, builder.maxBackoff, () -> ThreadLocalRandom.current().nextDouble()),
                builder.maxEventBytes, this::connectionStatus, this::readSkillGroups, prefix + "-stream");
        dispatcher.start();
        follower.start();
        Duration silence = builder.silenceLimit;
        timer.scheduleWithFixedDelay(() -> follower.closeIfSilentFor(silence), 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::readLink, 0, builder.linkPollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Snapshot catchUp() {
        return model.snapshot(Snapshot.Reason.LISTENER_FELL_BEHIND);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** A session of the server at {@code serverUrl} (see {@link Builder#server}). */
    public static Builder builder(String serverUrl) {
        return new Builder().server(serverUrl);
    }

    private void connectionStatus(ConnectionStatus status, String detail) {
        if (closed.get()) {
            return;
        }
        connectionStatus = status;
        dispatcher.notify(l -> l.onConnectionStatus(status, detail));
    }

    private void readSkillGroups() {
        requests.read("skillgroups", json -> {
            List<SkillGroup> groups = new ArrayList<>();
            json.forEach(group -> groups.add(SkillGroup.of(group)));
            return groups;
        }).thenAccept(model::putSkillGroups);
    }

    private void readLink() {
        if (!linkReading.compareAndSet(false, true)) {
            return; // the last reading has not answered yet
        }
        requests.read("system/link", json -> new LinkStatus(Json.flag(json, "connected"),
                        Json.flag(json, "peripheralOnline"), Json.flag(json, "resynchronising"),
                        Json.text(json, "side"), Json.instant(json, "since")))
                .whenComplete((link, failure) -> {
                    linkReading.set(false);
                    if (link != null && !link.equals(linkStatus) && !closed.get()) {
                        linkStatus = link;
                        dispatcher.notify(l -> l.onLinkStatus(link));
                    }
                });
    }

    // ------------------------------------------------------------------ the live objects

    /** The agent as the session knows it now; empty until the snapshot, or when outside the session's scope. */
    public Optional<Agent> agent(String agentId) {
        return Optional.ofNullable(model.agents().get(agentId));
    }

    /** Every agent the session follows, as known now. */
    public Collection<Agent> agents() {
        return List.copyOf(model.agents().values());
    }

    public Optional<Call> call(String callId) {
        return Optional.ofNullable(model.calls().get(callId));
    }

    /** The calls in progress concerning the session's agents, as known now. */
    public Collection<Call> calls() {
        return List.copyOf(model.calls().values());
    }

    public Optional<SkillGroup> skillGroup(String number) {
        return Optional.ofNullable(model.skillGroups().get(number));
    }

    /** The skill groups as read when the stream started, updated by statistics events in team and monitor mode. */
    public Collection<SkillGroup> skillGroups() {
        return List.copyOf(model.skillGroups().values());
    }

    public ConnectionStatus connectionStatus() {
        return closed.get() ? ConnectionStatus.CLOSED : connectionStatus;
    }

    /** The CTI link as last read, empty before the first reading. */
    public Optional<LinkStatus> linkStatus() {
        return Optional.ofNullable(linkStatus);
    }

    /** The id of the last event applied: what a reconnection sends as {@code Last-Event-ID}. */
    public Optional<String> lastEventId() {
        return Optional.ofNullable(follower.lastEventId());
    }

    /** Notifications waiting for the listener (at most the builder's {@code listenerQueueLimit}). */
    public int listenerBacklog() {
        return dispatcher.backlog();
    }

    // ------------------------------------------------------------------ controls beyond one agent or call

    /** A supervisor's actions, as the supervisor's agent {@code supervisorId}. */
    public Supervisor supervisor(String supervisorId) {
        return new Supervisor(controls, Objects.requireNonNull(supervisorId, "supervisorId"));
    }

    /** Reads one agent from the server ({@code GET /agents/{id}}), whether or not the session follows it. */
    public CompletionStage<Agent> readAgent(String agentId) {
        return requests.read("agents/" + Controls.segment(agentId), controls::agent);
    }

    /** Reads one team ({@code GET /teams/{id}}). */
    public CompletionStage<Team> readTeam(String teamId) {
        return controls.team(teamId);
    }

    /** Dials {@code destination} from {@code agentId}'s phone; the maps may be null. */
    public CompletionStage<Outcome<Call>> makeCall(String agentId, String destination,
                                                   Map<String, String> callVariables, Map<String, String> ecc) {
        return controls.makeCall(agentId, destination, callVariables, ecc);
    }

    /** Records the disposition of an ended call on the agent's behalf ({@code wrapupData} null keeps what was set). */
    public CompletionStage<Outcome<Void>> wrapUp(String callKey, String agentId, String wrapupReason,
                                                 String wrapupData) {
        return controls.wrapUp(callKey, agentId, wrapupReason, wrapupData);
    }

    /** Writes to every desktop of the centre (admin only). */
    public CompletionStage<Outcome<Void>> messageEveryone(String text) {
        return controls.sendMessage("EVERYONE", null, null, text);
    }

    /**
     * Stops every thread the session started (the stream's reader, the listener's, the timer, the HTTP client's) and
     * waits for them, a few seconds at most each. Requests still waiting fail, and later ones fail at once. The JDK's
     * HTTP client keeps one selector thread of its own until the client is garbage-collected (Java 17 offers no way
     * to close it); the session lets go of it, so it ends after the next collection.
     * Called from a listener, it does not wait for the listener's own thread, which ends after that listener returns.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            follower.stop(STOP_WAIT_MILLIS);
            timer.shutdownNow();
            timer.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            dispatcher.stop(Thread.currentThread() == dispatcher.thread() ? 0 : STOP_WAIT_MILLIS);
            requests.close();
            httpExecutor.shutdownNow();
            httpExecutor.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How to reach the server, as whom, which events to follow, and the session's bounds. */
    public static final class Builder {

        private URI server;
        private Supplier<String> authorization;
        private String agentId;
        private String teamId;
        private String filter;
        private CtiListener listener = new CtiListener() { };
        private Duration firstBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private Duration silenceLimit = Duration.ofSeconds(45);
        private Duration linkPollInterval = Duration.ofSeconds(5);
        private int listenerQueueLimit = 10_000;
        private int maxEventBytes = 32 * 1024 * 1024;
        private int maxRequestsInFlight = 64;

        private Builder() {
        }

        /**
         * The server: {@code http://127.0.0.1:8080} (the application's context root {@code /cti} is then assumed)
         * or the application's own address, such as {@code https://cti.example.com/cti/}.
         */
        public Builder server(String serverUrl) {
            URI uri = URI.create(Objects.requireNonNull(serverUrl, "serverUrl"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + serverUrl);
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? "/cti/"
                    : uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
            server = uri.resolve(path);
            return this;
        }

        /** HTTP Basic credentials (an agent's id and password, a supervisor's, crm's...). */
        public Builder basic(String user, String password) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            authorization = () -> "Basic " + token;
            return this;
        }

        /** Bearer tokens from an identity provider, asked for before every request (so a renewed one is used). */
        public Builder bearer(Supplier<String> tokens) {
            Objects.requireNonNull(tokens, "tokens");
            authorization = () -> "Bearer " + tokens.get();
            return this;
        }

        /** Agent mode: one agent's state, calls and buttons ({@code /events?agentId=}). */
        public Builder agent(String agentId) {
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            this.teamId = null;
            this.filter = null;
            return this;
        }

        /** Team mode: a supervisor's team and every skill group's statistics ({@code /events?teamId=}). */
        public Builder team(String teamId) {
            this.teamId = Objects.requireNonNull(teamId, "teamId");
            this.agentId = null;
            this.filter = null;
            return this;
        }

        /**
         * Monitor mode: every event matching the filter ({@code type:AgentState;agent:1001,1002}; the empty string
         * for everything), for crm and admin accounts.
         */
        public Builder monitor(String filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            this.agentId = null;
            this.teamId = null;
            return this;
        }

        public Builder listener(CtiListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The first wait before reconnecting and the longest (default 1 s and 30 s, doubling in between). */
        public Builder reconnectBackoff(Duration first, Duration max) {
            this.firstBackoff = first;
            this.maxBackoff = max;
            return this;
        }

        /** The longest wait for an answer's headers, and for a connection (default 15 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** A stream silent this long (no event, no heartbeat) is taken for dead and reopened (default 45 s). */
        public Builder silenceLimit(Duration silence) {
            this.silenceLimit = silence;
            return this;
        }

        /** How often the CTI link's status is read (default 5 s). */
        public Builder linkPollInterval(Duration interval) {
            this.linkPollInterval = interval;
            return this;
        }

        /** Notifications that may wait for the listener before it is handed a fresh picture instead (default 10,000). */
        public Builder listenerQueueLimit(int limit) {
            this.listenerQueueLimit = positive(limit, "listenerQueueLimit");
            return this;
        }

        /** The longest event accepted from the stream (default 32 MiB: a snapshot of thousands of agents). */
        public Builder maxEventBytes(int bytes) {
            this.maxEventBytes = positive(bytes, "maxEventBytes");
            return this;
        }

        /** Control requests and reads waiting for answers at once; more fail with {@link CtiBusyException} (64). */
        public Builder maxRequestsInFlight(int limit) {
            this.maxRequestsInFlight = positive(limit, "maxRequestsInFlight");
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }

        URI apiBase() {
            return server.resolve("api/");
        }

        String streamPath() {
            if (agentId != null) {
                return "events?agentId=" + URLEncoder.encode(agentId, StandardCharsets.UTF_8);
            }
            if (teamId != null) {
                return "events?teamId=" + URLEncoder.encode(teamId, StandardCharsets.UTF_8);
            }
            return filter.isEmpty() ? "events" : "events?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
        }

        /** Starts the session: its stream opens in the background; the listener hears when it is open. */
        public CtiSession open() {
            if (authorization == null) {
                throw new IllegalStateException("no credentials: call basic(user, password) or bearer(tokens)");
            }
            if (agentId == null && teamId == null && filter == null) {
                throw new IllegalStateException("no mode: call agent(id), team(id) or monitor(filter)");
            }
            new Backoff(firstBackoff, maxBackoff, () -> 0); // refuses a bad pair now, not on the stream's thread
            return new CtiSession(this);
        }
    }
}
