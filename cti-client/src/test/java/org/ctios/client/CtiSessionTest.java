package org.ctios.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.ctios.client.Events.agent;
import static org.ctios.client.Events.agentState;
import static org.ctios.client.Events.call;
import static org.ctios.client.Events.callEvent;
import static org.ctios.client.Events.delivered;
import static org.ctios.client.Events.ended;
import static org.ctios.client.Events.snapshot;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session against the stub: the stream's snapshot and events, reconnection, refusals, a slow listener. */
class CtiSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private StubServer stub;
    private CtiSession session;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void startStub() throws Exception {
        stub = new StubServer();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        stub.close();
    }

    private CtiSession.Builder agentSession() {
        return CtiSession.builder(stub.url()).basic("1001", "secret").agent("1001").listener(listener)
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    @Test
    void theSnapshotAndThenEachEventKeepTheObjectsAndTellTheListener() throws Exception {
        session = agentSession().open();
        StubServer.Stream stream = stub.nextStream(10);
        assertThat(stream.request.path()).isEqualTo("/cti/api/events");
        assertThat(stub.requests().get(0).header("Authorization")).isEqualTo("Basic MTAwMTpzZWNyZXQ=");
        assertThat(stream.request.header("Last-Event-ID")).isNull();

        stream.event("snapshot", "100", snapshot(agent("1001", "NOT_READY", "READY", "LOGOUT"), ""));
        await().atMost(WAIT).until(() -> session.agent("1001").map(Agent::state).orElse("").equals("NOT_READY"));
        assertThat(session.agent("1001").orElseThrow().enabledActions()).containsExactly("READY", "LOGOUT");
        assertThat(session.agent("1001").orElseThrow().firstName()).isEqualTo("Amara");

        String available = agent("1001", "AVAILABLE", "NOT_READY", "LOGOUT");
        stream.event("AgentState", "101", agentState(available));
        String ringing = call("5000001", "ALERTING", "1001", "ANSWER", "DEFLECT");
        stream.event("CallDelivered", "102", delivered(ringing, "1001", available));
        String talking = call("5000001", "CONNECTED", "1001", "HOLD", "RELEASE");
        stream.event("CallEstablished", "103", callEvent(talking, agent("1001", "TALKING", "LOGOUT")));
        stream.event("CallEnded", "104", ended("5000001", agent("1001", "WORK_READY", "READY")));

        await().atMost(WAIT).until(() -> listener.heard("ended 5000001"));
        assertThat(listener.heard).containsSubsequence("connection OPEN", "snapshot STREAM agents 1 calls 0",
                "agent 1001 AVAILABLE", "buttons 1001 [NOT_READY, LOGOUT]", "buttons 1001 on 5000001 [ANSWER, DEFLECT]",
                "delivered 5000001 to 1001", "agent 1001 TALKING", "buttons 1001 on 5000001 [HOLD, RELEASE]",
                "established 5000001", "agent 1001 WORK_READY", "ended 5000001");
        ScreenPop pop = listener.screenPops.get(0);
        assertThat(pop.ani()).isEqualTo("0612345678");
        assertThat(pop.dnis()).isEqualTo("8005550103");
        assertThat(pop.callVariables()).containsEntry("CallVariable1", "acct-42");
        assertThat(pop.ecc()).containsEntry("user.case", "C-77");
        assertThat(listener.ends.get(0).callKey()).isEqualTo("k-5000001");
        assertThat(listener.ends.get(0).lastKnown().state()).isEqualTo("CONNECTED");
        assertThat(session.calls()).isEmpty();
        assertThat(session.agent("1001").orElseThrow().state()).isEqualTo("WORK_READY");
        assertThat(session.lastEventId()).contains("104");
        await().atMost(WAIT).until(() -> listener.heard("link up A"));
        assertThat(session.skillGroup("3").orElseThrow().callsQueued()).isEqualTo(1);
    }

    @Test
    void afterTheServerDropsTheStreamItReconnectsWithTheLastEventIdAndSaysSo() throws Exception {
        session = agentSession().open();
        StubServer.Stream first = stub.nextStream(10);
        first.event("snapshot", "200", snapshot(agent("1001", "NOT_READY", "READY"), ""));
        first.event("AgentState", "201", agentState(agent("1001", "AVAILABLE", "NOT_READY")));
        await().atMost(WAIT).until(() -> session.lastEventId().orElse("").equals("201"));
        first.drop();

        StubServer.Stream second = stub.nextStream(10);
        assertThat(second.request.header("Last-Event-ID")).isEqualTo("201");
        second.event("AgentState", "202", agentState(agent("1001", "NOT_READY", "READY")));
        await().atMost(WAIT).until(() -> listener.heard.stream().filter(l -> l.equals("agent 1001 NOT_READY"))
                .count() == 1);
        assertThat(listener.heard).containsSubsequence("connection OPEN", "agent 1001 AVAILABLE",
                "connection RECONNECTING", "connection CONNECTING", "connection OPEN", "agent 1001 NOT_READY");
        assertThat(session.connectionStatus()).isEqualTo(ConnectionStatus.OPEN);
    }

    @Test
    void aStreamSilentPastItsLimitIsTakenForDeadAndReopened() throws Exception {
        session = agentSession().silenceLimit(Duration.ofMillis(500)).open();
        StubServer.Stream first = stub.nextStream(10);
        first.event("snapshot", "300", snapshot(agent("1001", "NOT_READY"), ""));
        StubServer.Stream second = stub.nextStream(10);
        assertThat(second.request.header("Last-Event-ID")).isEqualTo("300");
    }

    @Test
    void aRefusalThatRetryingWillNotChangeEndsTheSessionsAttempts() throws Exception {
        stub.refuseNextStream(new StubServer.Answer(401, "application/problem+json",
                Events.problem("unauthenticated", 401, "sign in", ""), Map.of()));
        session = agentSession().open();
        await().atMost(WAIT).until(() -> session.connectionStatus() == ConnectionStatus.FAILED);
        Thread.sleep(500); // several backoffs' worth: no second attempt may come
        assertThat(stub.requests("GET", "/cti/api/events")).hasSize(1);
    }

    @Test
    void aBusyServerIsAskedAgainNoSoonerThanItsRetryAfter() throws Exception {
        stub.refuseNextStream(new StubServer.Answer(503, "application/problem+json",
                Events.problem("too-many-event-streams", 503, "full", ""), Map.of("Retry-After", "1")));
        long start = System.nanoTime();
        session = agentSession().open();
        stub.nextStream(10);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(listener.heard).contains("connection RECONNECTING");
    }

    @Test
    void aListenerThatFallsAWholeQueueBehindGetsTheStateAsItIsNowAndTheQueueStaysBounded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingListener slow = new RecordingListener() {
            @Override
            public void onSnapshot(Snapshot snapshot) {
                super.onSnapshot(snapshot);
                if (snapshot.reason() == Snapshot.Reason.STREAM) {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        session = agentSession().listener(slow).listenerQueueLimit(8).open();
        StubServer.Stream stream = stub.nextStream(10);
        stream.event("snapshot", "400", snapshot(agent("1001", "NOT_READY", "READY"), ""));
        await().atMost(WAIT).until(() -> slow.snapshots.size() == 1);
        for (int i = 1; i <= 50; i++) {
            stream.event("AgentState", String.valueOf(400 + i),
                    agentState(agent("1001", i % 2 == 0 ? "NOT_READY" : "AVAILABLE", "LOGOUT")));
        }
        await().atMost(WAIT).until(() -> session.lastEventId().orElse("").equals("450"));
        assertThat(session.listenerBacklog()).isLessThanOrEqualTo(8);
        assertThat(session.agent("1001").orElseThrow().state()).isEqualTo("NOT_READY");
        release.countDown();

        await().atMost(WAIT).until(() -> slow.snapshots.size() == 2);
        Snapshot caughtUp = slow.snapshots.get(1);
        assertThat(caughtUp.reason()).isEqualTo(Snapshot.Reason.LISTENER_FELL_BEHIND);
        assertThat(caughtUp.agents()).extracting(Agent::state).containsExactly("NOT_READY");
        assertThat(slow.heard.stream().filter(line -> line.startsWith("agent 1001"))).hasSizeLessThan(50);
    }

    @Test
    void closeStopsEveryThreadTheSessionStarted() throws Exception {
        var selectorsBefore = selectorThreads();
        session = agentSession().open();
        StubServer.Stream stream = stub.nextStream(10);
        stream.event("snapshot", "500", snapshot(agent("1001", "NOT_READY", "READY"), ""));
        await().atMost(WAIT).until(() -> session.agent("1001").isPresent());
        assertThat(sessionThreads()).isNotZero();

        session.close();

        assertThat(sessionThreads()).as("threads named cti-session-* alive").isZero();
        assertThat(session.connectionStatus()).isEqualTo(ConnectionStatus.CLOSED);
        assertThat(catchThrowable(() -> session.agent("1001").orElseThrow().ready().toCompletableFuture().join()))
                .hasCauseInstanceOf(CtiConnectionException.class).hasMessageContaining("closed");
        session = null;
        // The JDK's HTTP client ends its selector thread once the client is unreachable (Java 17 has no close()).
        await("the HTTP client's selector thread ends").atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    System.gc();
                    var selectors = selectorThreads();
                    selectors.removeAll(selectorsBefore);
                    return selectors.isEmpty();
                });
    }

    private static java.util.Set<Thread> selectorThreads() {
        return new java.util.HashSet<>(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-") && t.isAlive()).toList());
    }

    private static long sessionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("cti-session-") && t.isAlive()).count();
    }

    @Test
    void aSessionWithoutCredentialsOrModeIsRefusedBeforeItStarts() {
        assertThatThrownBy(() -> CtiSession.builder(stub.url()).agent("1001").open())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credentials");
        assertThatThrownBy(() -> CtiSession.builder(stub.url()).basic("a", "b").open())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mode");
        assertThatThrownBy(() -> CtiSession.builder("not a url"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
