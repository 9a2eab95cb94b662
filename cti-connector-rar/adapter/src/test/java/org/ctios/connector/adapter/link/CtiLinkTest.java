package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.testing.ScriptedServer;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.SystemEventId;
import org.ctios.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The link's session life against the simulator in the same JVM, and against a scripted server for what the
 * simulator does not do wrong: silence, FAILURE_EVENT, CLOSE_REQ, a refused OPEN_REQ.
 */
class CtiLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<CtiMessage> events = new CopyOnWriteArrayList<>();
    private final List<String> linkUps = new CopyOnWriteArrayList<>();
    private final List<String> linkDowns = new CopyOnWriteArrayList<>();
    private final ThreadWorks works = new ThreadWorks();
    private CtiLink link;

    private final LinkListener listener = new LinkListener() {
        @Override
        public void linkUp(String side, OpenConf confirmation, Instant at) {
            linkUps.add(side);
        }

        @Override
        public void linkDown(String reason, Instant at) {
            linkDowns.add(reason);
        }

        @Override
        public void event(CtiMessage message, Instant receivedAt) {
            events.add(message);
        }
    };

    private final AtomicInteger snapshotsStarted = new AtomicInteger();
    /** Counts the resynchronisations begun (each reads the switch's agents and calls again). */
    private final SnapshotListener countingSnapshots = new SnapshotListener() {
        @Override
        public void snapshotStarted(String side, Instant at) {
            snapshotsStarted.incrementAndGet();
        }

        @Override
        public void agentSnapshot(String agentId, QueryAgentStateConf state, Instant at) {
        }

        @Override
        public void callSnapshot(long callId, SnapshotCallConf call, Instant at) {
        }

        @Override
        public void snapshotCompleted(boolean complete, Set<String> agentIds, Set<Long> callIds,
                                      Set<Long> callIdsAsked, Instant at) {
        }
    };

    @AfterEach
    void stopLink() throws Exception {
        if (link != null) {
            assertThat(link.stop(5, TimeUnit.SECONDS)).as("the link stops within 5 s").isTrue();
        }
        await("no link thread left running").atMost(Duration.ofSeconds(1)).until(() -> works.alive() == 0);
    }

    private void startLink(TestSettings settings) {
        link = new CtiLink(settings.link(), SocketFactory.getDefault(), Clock.systemUTC(), listener, countingSnapshots,
                new KnownDevices(), new LinkStatusHolder(Clock.systemUTC()));
        works.start("cti-link", link);
    }

    @Test
    void opensASessionInMonitorModeAndPassesEventsOn() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            startLink(TestSettings.sides(simulator.sideAPort()));
            await().atMost(WAIT).until(() -> link.status().connected());

            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);

            await().atMost(WAIT).until(() -> events.stream()
                    .anyMatch(m -> m instanceof AgentStateEvent e && "1001".equals(e.agentId())
                            && e.agentState() == AgentState.AVAILABLE.wire()));
            assertThat(linkUps).containsExactly("A");
            assertThat(link.status().side()).isEqualTo("A");
            assertThat(link.status().connectedSince()).isNotNull();
            assertThat(link.status().peripheralOnline()).isTrue();
            assertThat(link.status().eventsReceived()).isEqualTo(events.size());
        }
    }

    @Test
    void heartbeatsKeepTheSessionAndAreRecorded() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            startLink(TestSettings.sides(simulator.sideAPort()).heartbeat(Duration.ofMillis(100)));
            await().atMost(WAIT).until(() -> link.status().lastHeartbeat() != null);
            Instant first = link.status().lastHeartbeat();

            await().atMost(WAIT).until(() -> link.status().lastHeartbeat().isAfter(first));
            assertThat(link.status().connected()).isTrue();
            assertThat(link.status().reconnects()).isZero();
        }
    }

    @Test
    void threeUnansweredHeartbeatsLoseTheLinkAndItOpensAgain() throws Exception {
        try (ScriptedServer server = ScriptedServer.silentAfterOpen()) {
            startLink(TestSettings.sides(server.port()).heartbeat(Duration.ofMillis(100)));

            await("a second session after the silent one was given up").atMost(WAIT)
                    .until(() -> server.sessions() >= 2);
            assertThat(linkDowns).first().asString().contains("3 heartbeats unanswered");
            assertThat(heartbeatsInFirstSession(server.received())).isEqualTo(3);
        }
    }

    private static int heartbeatsInFirstSession(List<CtiMessage> received) {
        int heartbeats = 0;
        for (CtiMessage message : received.subList(1, received.size())) {
            if (message instanceof OpenReq) {
                break;
            }
            if (message instanceof HeartbeatReq) {
                heartbeats++;
            }
        }
        return heartbeats;
    }

    @Test
    void failureEventEndsTheSessionAndTheLinkOpensAgain() throws Exception {
        try (ScriptedServer server = new ScriptedServer(session -> {
            session.open();
            session.send(new FailureEvent(FailureStatus.CTI_SERVER_OFFLINE.code()));
            session.ignoreEverything();
        })) {
            startLink(TestSettings.sides(server.port()));

            await().atMost(WAIT).until(() -> server.sessions() >= 2);
            assertThat(linkDowns).first().asString().contains("FAILURE_EVENT").contains("CTI_SERVER_OFFLINE");
            Thread.sleep(1000);
            // With backoff from 100 ms to 400 ms, about six attempts fit in a second; without it, hundreds did.
            assertThat(server.sessions()).as("sessions in the first second against a server that drops each one")
                    .isLessThan(12);
        }
    }

    @Test
    void closeRequestFromTheServerIsConfirmedAndTheLinkOpensAgain() throws Exception {
        try (ScriptedServer server = new ScriptedServer(session -> {
            session.open();
            session.send(new CloseReq(77, FailureStatus.CTI_SERVER_OFFLINE.code()));
            session.ignoreEverything();
        })) {
            startLink(TestSettings.sides(server.port()));

            await().atMost(WAIT).until(() -> server.sessions() >= 2);
            assertThat(server.received()).anyMatch(m -> m instanceof CloseConf conf && conf.invokeId() == 77);
            assertThat(linkDowns).first().asString().contains("closed the session");
        }
    }

    @Test
    void refusedOpenIsRetriedWithoutEverCountingAsConnected() throws Exception {
        try (ScriptedServer server = new ScriptedServer(session -> {
            OpenReq open = (OpenReq) session.read();
            session.send(new FailureConf(open.invokeId(), FailureStatus.INVALID_PASSWORD.code()));
            session.ignoreEverything();
        })) {
            startLink(TestSettings.sides(server.port()));

            await().atMost(WAIT).until(() -> server.sessions() >= 3);
            assertThat(link.status().connected()).isFalse();
            assertThat(link.status().lastError()).contains("OPEN_REQ refused").contains("INVALID_PASSWORD");
            assertThat(linkUps).isEmpty();
            assertThat(linkDowns).as("linkDown is for sessions that had opened").isEmpty();
        }
    }

    @Test
    void sideAFailingMovesTheLinkToSideBWithoutWaitingForTheBackoff() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            // A backoff of a minute: reaching side B in less means the failover did not wait for it.
            startLink(TestSettings.sides(simulator.sideAPort(), simulator.sideBPort())
                    .backoff(Duration.ofMinutes(1), Duration.ofMinutes(1)));
            await().atMost(WAIT).until(() -> link.status().connected());

            simulator.failSide("A");

            await().atMost(Duration.ofSeconds(20)).until(() -> link.status().connected()
                    && "B".equals(link.status().side()));
            assertThat(linkUps).containsExactly("A", "B");
            assertThat(link.status().reconnects()).isEqualTo(1);

            simulator.changeAgentState("1002", AgentState.AVAILABLE, 0);
            await().atMost(WAIT).until(() -> events.stream()
                    .anyMatch(m -> m instanceof AgentStateEvent e && "1002".equals(e.agentId())));
        }
    }

    @Test
    void alternatesBetweenSidesWhileBothAreDownAndReturnsToTheFirstRestored() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            startLink(TestSettings.sides(simulator.sideAPort(), simulator.sideBPort()));
            await().atMost(WAIT).until(() -> link.status().connected());

            simulator.failSide("A");
            simulator.failSide("B");
            await().atMost(WAIT).until(() -> !link.status().connected());
            Thread.sleep(500);
            simulator.restoreSide("B");

            await().atMost(WAIT).until(() -> link.status().connected());
            assertThat(link.status().side()).isEqualTo("B");
        }
    }

    @Test
    void peripheralGoingOfflineAndBackIsTrackedAndReadAgainWhenBack() throws Exception {
        try (PbxSimulator simulator = PbxSimulator.startQuietDemo(0)) {
            startLink(TestSettings.sides(simulator.sideAPort()));
            await().atMost(WAIT).until(() -> link.status().connected());

            simulator.peripheralOnline(false);
            await().atMost(WAIT).until(() -> !link.status().peripheralOnline());
            assertThat(events).anyMatch(m -> m instanceof SystemEvent e
                    && e.systemEventId() == SystemEventId.PERIPHERAL_OFFLINE.wire());

            int snapshotsBefore = snapshotsStarted.get();
            simulator.peripheralOnline(true);
            await().atMost(WAIT).until(() -> link.status().peripheralOnline());
            assertThat(link.status().connected()).as("the session survives the peripheral's outage").isTrue();
            await("the peripheral back online is read again").atMost(WAIT)
                    .until(() -> snapshotsStarted.get() == snapshotsBefore + 1);
        }
    }

    @Test
    void stopsWithinItsBoundWhileNoServerListens() throws Exception {
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        startLink(TestSettings.sides(unusedPort).backoff(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        await().atMost(WAIT).until(() -> link.status().lastError() != null);

        assertThat(link.stop(5, TimeUnit.SECONDS)).as("stopped while waiting a minute to retry").isTrue();
        link = null;
    }
}
