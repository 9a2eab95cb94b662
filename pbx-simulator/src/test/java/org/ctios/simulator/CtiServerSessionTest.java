package org.ctios.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.FailureStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CtiServerSessionTest {

    private PbxSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.start(0, 3);
    }

    @AfterEach
    void stop() throws Exception {
        simulator.close();
    }

    @Test
    void opensAMonitorModeSessionAndAnswersHeartbeats() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(TestClient.monitorModeOpen(7, 24));

            OpenConf open = (OpenConf) client.read();
            assertThat(open.invokeId()).isEqualTo(7);
            assertThat(CtiService.ALL_EVENTS.in(open.servicesGranted())).isTrue();
            assertThat(open.peripheralOnline()).isTrue();

            client.send(new HeartbeatReq(8));
            assertThat(client.read()).isEqualTo(new HeartbeatConf(8));
        }
    }

    @Test
    void sendsAgentStateEventsToOpenSessions() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(TestClient.monitorModeOpen(1, 24));
            client.read();

            simulator.changeAgentState("1002", AgentState.NOT_READY, 7);

            AgentStateEvent event = client.readUntil(AgentStateEvent.class, e -> "1002".equals(e.agentId()));
            assertThat(event.agentState()).isEqualTo(AgentState.NOT_READY.wire());
            assertThat(event.eventReasonCode()).isEqualTo(7);
            assertThat(event.agentExtension()).isEqualTo("2002");
        }
    }

    @Test
    void refusesAnotherProtocolVersionAndCloses() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(TestClient.monitorModeOpen(3, 19));

            CtiMessage reply = client.read();
            assertThat(reply).isEqualTo(new FailureConf(3, FailureStatus.INVALID_VERSION.code()));
            assertThat(client.read()).as("the server closes the connection").isNull();
        }
    }

    @Test
    void refusesRequestsBeforeTheSessionIsOpen() throws Exception {
        try (TestClient client = new TestClient(simulator.sideAPort())) {
            client.send(new HeartbeatReq(4));

            assertThat(client.read()).isEqualTo(new FailureConf(4, FailureStatus.SESSION_NOT_OPEN.code()));
        }
    }
}
