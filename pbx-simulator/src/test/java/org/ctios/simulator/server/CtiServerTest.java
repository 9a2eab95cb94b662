package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallEventMask;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.SystemEventId;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CTI Server's session rules, event delivery and side failover, over real sockets. */
class CtiServerTest {

    private PbxSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        simulator = DeskScenario.start();
    }

    @AfterEach
    void stop() throws Exception {
        simulator.close();
    }

    @Test
    void opensAMonitorModeSessionOnEitherSideAndAnswersHeartbeats() throws Exception {
        for (int port : new int[] {simulator.sideAPort(), simulator.sideBPort()}) {
            try (TestClient client = new TestClient(port)) {
                OpenConf open = client.openMonitor();

                assertThat(CtiService.ALL_EVENTS.in(open.servicesGranted())).isTrue();
                assertThat(CtiService.CLIENT_CONTROL.in(open.servicesGranted())).isTrue();
                assertThat(open.peripheralOnline()).isTrue();
                client.send(new HeartbeatReq(8));
                assertThat(client.read()).isEqualTo(new HeartbeatConf(8));
                client.send(new CloseReq(9, FailureStatus.NO_ERROR.code()));
                assertThat(client.read()).isEqualTo(new CloseConf(9));
                assertThat(client.read()).as("closed after CLOSE_CONF").isNull();
            }
        }
    }

    @Test
    void opensAnAgentModeSessionForAKnownAgent() throws Exception {
        simulator.changeAgentState("1002", AgentState.NOT_READY, 3);
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(TestClient.open(1, 24, 60, CtiService.CLIENT_EVENTS.bit(), TestClient.ALL_CALL_EVENTS,
                    AgentState.allStatesMask(), null, "2002"));

            OpenConf open = (OpenConf) client.read();

            assertThat(open.agentId()).isEqualTo("1002");
            assertThat(open.agentExtension()).isEqualTo("2002");
            assertThat(AgentState.fromWire(open.agentState())).contains(AgentState.NOT_READY);
        }
    }

    @Test
    void refusesOpenRequestsItCannotServe() throws Exception {
        assertRefused(TestClient.open(1, 20, 60, TestClient.MONITOR_SERVICES, 0, 0, null, null),
                FailureStatus.INVALID_VERSION);
        assertRefused(TestClient.open(2, 24, 10, TestClient.MONITOR_SERVICES, 0, 0, null, null),
                FailureStatus.INVALID_TIMEOUT);
        assertRefused(TestClient.open(3, 24, 60, CtiService.mask(CtiService.ALL_EVENTS, CtiService.CLIENT_EVENTS), 0,
                0, null, null), FailureStatus.INVALID_SERVICE_MASK);
        assertRefused(TestClient.open(4, 24, 60, CtiService.CLIENT_EVENTS.bit(), 0, 0, "4711", null),
                FailureStatus.INVALID_AGENT_DATA);
        assertRefused(TestClient.open(5, 24, 60, CtiService.CLIENT_EVENTS.bit(), 0, 0, null, null),
                FailureStatus.REQUIRED_DATA_MISSING);
    }

    private void assertRefused(OpenReq request, FailureStatus status)
            throws IOException {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(request);
            assertThat(client.read()).isEqualTo(new FailureConf(request.invokeId(), status.code()));
            assertThat(client.read()).as("the server closes the connection").isNull();
        }
    }

    @Test
    void refusesRequestsBeforeTheSessionIsOpen() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(new HeartbeatReq(4));

            assertThat(client.read()).isEqualTo(new FailureConf(4, FailureStatus.SESSION_NOT_OPEN.code()));
            assertThat(client.read()).isNull();
        }
    }

    @Test
    void sendsACallsEventsInTheOrderTheyHappen() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.openMonitor();
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            client.readUntil(AgentStateEvent.class, e -> e.agentState() == AgentState.AVAILABLE.wire());

            long call = simulator.injectCall(1, "0612345678", "8005550101", CallVariables.of("acct-7"), List.of());

            List<MessageType> types = client.drain(500).stream().map(CtiMessage::messageType).toList();
            assertThat(types).containsExactly(MessageType.BEGIN_CALL_EVENT, MessageType.AGENT_STATE_EVENT,
                    MessageType.CALL_DELIVERED_EVENT);
            assertThat(call).isPositive();
        }
    }

    @Test
    void agentStateAndCallMasksNarrowWhatAMonitorReceives() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(TestClient.open(1, 24, 60, CtiService.ALL_EVENTS.bit(),
                    CallEventMask.mask(CallEventMask.BEGIN_CALL, CallEventMask.END_CALL),
                    AgentState.AVAILABLE.maskBit(), null, null));
            client.read();

            simulator.changeAgentState("1001", AgentState.NOT_READY, 2);
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            simulator.injectCall(2, "0612345678", "8005550103", null, null);

            List<CtiMessage> received = client.drain(500);
            assertThat(received).extracting(CtiMessage::messageType).containsExactly(MessageType.AGENT_STATE_EVENT,
                    MessageType.BEGIN_CALL_EVENT);
            assertThat(((AgentStateEvent) received.get(0)).agentState()).isEqualTo(AgentState.AVAILABLE.wire());
        }
    }

    @Test
    void anAgentModeSessionReceivesOnlyItsOwnAgentsEvents() throws Exception {
        try (TestClient own = new TestClient(simulator.sideAPort())) {
            own.send(TestClient.open(1, 24, 60, CtiService.CLIENT_EVENTS.bit(), TestClient.ALL_CALL_EVENTS,
                    AgentState.allStatesMask(), "1001", null));
            own.read();

            simulator.changeAgentState("1002", AgentState.AVAILABLE, 0);
            long theirCall = simulator.injectCall(1, "0611111111", "8005550101", null, null);
            simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
            long ourCall = simulator.injectCall(1, "0622222222", "8005550101", null, null);

            List<CtiMessage> received = own.drain(500);
            assertThat(received).allSatisfy(message -> {
                if (message instanceof AgentStateEvent event) {
                    assertThat(event.agentId()).isEqualTo("1001");
                } else if (message instanceof CallDeliveredEvent event) {
                    assertThat(event.connectionCallId()).isEqualTo(ourCall);
                }
            });
            assertThat(received).noneMatch(m -> m instanceof BeginCallEvent b && b.connectionCallId() == theirCall);
            assertThat(received).anyMatch(m -> m instanceof CallDeliveredEvent d && d.connectionCallId() == ourCall);
        }
    }

    @Test
    void aFailedSideDropsItsSessionsAndRefusesNewOnesWhileTheOtherSideServes() throws Exception {
        try (TestClient onA = new TestClient(simulator.sideAPort());
             TestClient onB = new TestClient(simulator.sideBPort())) {
            onA.openMonitor();
            onB.openMonitor();

            simulator.failSide("A");

            assertThat(onA.read()).as("side A's session is dropped").isNull();
            assertThatThrownBy(() -> new TestClient(simulator.sideAPort()).close())
                    .isInstanceOf(ConnectException.class);
            simulator.changeAgentState("1003", AgentState.AVAILABLE, 0);
            assertThat(onB.readUntil(AgentStateEvent.class, e -> "1003".equals(e.agentId()))).isNotNull();

            simulator.restoreSide("A");
            try (TestClient again = new TestClient(simulator.sideAPort())) {
                assertThat(again.openMonitor().peripheralOnline()).isTrue();
            }
        }
    }

    @Test
    void aFailedSideRefusesConnectionsAsSoonAsTheFailureReturns() throws Exception {
        for (int round = 0; round < 20; round++) {
            try (TestClient connected = new TestClient(simulator.sideAPort())) {
                connected.openMonitor();

                simulator.failSide("A");

                for (int attempt = 0; attempt < 20; attempt++) {
                    assertThatThrownBy(() -> new TestClient(simulator.sideAPort()).close())
                            .as("round %d, attempt %d", round, attempt).isInstanceOf(ConnectException.class);
                }
                simulator.restoreSide("A");
            }
        }
        assertThat(simulator.openSessionCount()).isZero();
    }

    @Test
    void anUnreadableMessageGetsAFailureConfWithItsInvokeIdAndTheSessionGoesOn() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort()); TestClient other =
                new TestClient(simulator.sideAPort())) {
            client.openMonitor();
            other.openMonitor();
            byte[] answerWithoutItsDevice = ByteBuffer.allocate(8 + 14).putInt(14)
                    .putInt(MessageType.ANSWER_CALL_REQ.number()).putInt(77).putInt(5000).putInt(1).putShort((short) 0)
                    .array();
            byte[] unknownType = ByteBuffer.allocate(12).putInt(4).putInt(4711).putInt(78).array();

            client.sendRaw(answerWithoutItsDevice);
            client.sendRaw(unknownType);

            assertThat(client.read()).isEqualTo(new FailureConf(77, FailureStatus.REQUIRED_DATA_MISSING.code()));
            assertThat(client.read()).isEqualTo(new FailureConf(78,
                    FailureStatus.INVALID_MSG_TYPE_FOR_VERSION.code()));
            client.send(new HeartbeatReq(79));
            assertThat(client.read()).isEqualTo(new HeartbeatConf(79));
        }
    }

    @Test
    void aFrameAboveTheMaximumClosesOnlyThatConnection() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort()); TestClient other =
                new TestClient(simulator.sideAPort())) {
            client.openMonitor();
            other.openMonitor();

            client.sendRaw(ByteBuffer.allocate(8).putInt(1_000_000).putInt(9).array());

            assertThat(client.read()).as("the server closes the connection").isNull();
            other.send(new HeartbeatReq(5));
            assertThat(other.read()).isEqualTo(new HeartbeatConf(5));
        }
    }

    @Test
    void aClientSilentForItsIdleTimeoutIsDropped() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(TestClient.open(1, 24, 20, TestClient.MONITOR_SERVICES, 0, 0, null, null));
            client.read();
            CtiServer server = simulator.ctiServer();

            server.dropIdleSessions(System.nanoTime() + TimeUnit.SECONDS.toNanos(19));
            client.send(new HeartbeatReq(2));
            assertThat(client.read()).as("still open within its IdleTimeout").isEqualTo(new HeartbeatConf(2));

            server.dropIdleSessions(System.nanoTime() + TimeUnit.SECONDS.toNanos(21));
            assertThat(client.read()).as("dropped after 20 s of silence").isNull();
        }
    }

    @Test
    void peripheralOfflineAndOnlineAreSystemEvents() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.openMonitor();

            simulator.peripheralOnline(false);
            SystemEvent offline = client.readUntil(SystemEvent.class, e -> true);
            try (TestClient late = new TestClient(simulator.sideBPort())) {
                assertThat(late.openMonitor().peripheralOnline()).isFalse();
            }
            simulator.peripheralOnline(true);
            SystemEvent online = client.readUntil(SystemEvent.class, e -> true);

            assertThat(offline.systemEventId()).isEqualTo(SystemEventId.PERIPHERAL_OFFLINE.wire());
            assertThat(offline.systemEventArg1()).isEqualTo(simulator.scenario().peripheralId());
            assertThat(online.systemEventId()).isEqualTo(SystemEventId.PERIPHERAL_ONLINE.wire());
        }
    }

    @Test
    void theDemoScenarioHasFiftyAgentsInThreeGroupsAndTwoTeams() throws Exception {
        Scenario demo = ScenarioLoader.demo();
        assertThat(demo.agents()).hasSize(50);
        assertThat(demo.agents()).extracting(AgentProfile::agentId).contains("1001", "1050");
        assertThat(demo.agents()).extracting(AgentProfile::extension).contains("2001", "2050");
        assertThat(demo.skillGroups()).hasSize(3);
        assertThat(demo.teams()).hasSize(2).allSatisfy(team -> assertThat(team.supervisorId()).isNotNull());
        try (PbxSimulator demoSimulator = PbxSimulator.startQuietDemo(0)) {
            await("the 43 simulated agents start their shift").atMost(Duration.ofSeconds(5))
                    .until(() -> demoSimulator.stats().agents().stream()
                            .filter(a -> a.state().equals("AVAILABLE")).count() == 43);
        }
    }

    @Test
    void heldEventsFollowTheirConfirmationsOnlyWhenReleasedAndInOrder() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.openMonitor();
            simulator.holdEvents();

            InvokedMessage login = client.request(Requests.setAgentState(client.nextInvokeId(), "1001", "2001",
                    AgentState.LOGIN, 0, "1001"));
            InvokedMessage ready = client.request(Requests.setAgentState(client.nextInvokeId(), "1001", "2001",
                    AgentState.AVAILABLE, 0, null));

            assertThat(login).isInstanceOf(SetAgentStateConf.class);
            assertThat(ready).as("confirmed while the events are held").isInstanceOf(SetAgentStateConf.class);
            assertThat(simulator.agents()).filteredOn(agent -> agent.agentId().equals("1001"))
                    .extracting(agent -> agent.state()).containsExactly(AgentState.AVAILABLE);
            assertThat(client.drain(300)).as("no event while held").isEmpty();

            assertThat(simulator.releaseEvents()).isPositive();

            List<Integer> states = client.drain(500).stream().filter(AgentStateEvent.class::isInstance)
                    .map(message -> ((AgentStateEvent) message).agentState()).toList();
            assertThat(states).endsWith(AgentState.NOT_READY.wire(), AgentState.AVAILABLE.wire());
            simulator.changeAgentState("1001", AgentState.NOT_READY, 0);
            assertThat(client.readUntil(AgentStateEvent.class, e -> e.agentState() == AgentState.NOT_READY.wire()))
                    .as("sent as they happen again").isNotNull();
        }
    }

    @Test
    void ignoredControlRequestsGetNoAnswerAndChangeNothingWhileHeartbeatsAreAnswered() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.openMonitor();
            simulator.ignoreControlRequests(true);

            client.send(Requests.setAgentState(client.nextInvokeId(), "1001", "2001", AgentState.LOGIN, 0, "1001"));
            client.send(new HeartbeatReq(77));

            assertThat(client.drain(300)).containsExactly(new HeartbeatConf(77));
            assertThat(simulator.agents()).filteredOn(agent -> agent.agentId().equals("1001"))
                    .extracting(agent -> agent.state()).containsExactly(AgentState.LOGOUT);

            simulator.ignoreControlRequests(false);
            assertThat(client.request(Requests.setAgentState(client.nextInvokeId(), "1001", "2001",
                    AgentState.LOGIN, 0, "1001"))).isInstanceOf(SetAgentStateConf.class);
        }
    }
}
