package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.messaging.UserMessageConf;
import org.ctios.protocol.message.messaging.UserMessageEvent;
import org.ctios.protocol.message.messaging.UserMessageReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * USER_MESSAGE_REQ over the wire: the sender's confirmation, the event on the monitor-mode session (a CTI OS server
 * hears every message) and on the agent-mode sessions of exactly the recipients, and FAILURE_CONF with the guide's
 * status for recipients the switch cannot find. Desk scenario: agents 1001 to 1003 and supervisor 1009, team 1.
 */
class UserMessageTest {

    private PbxSimulator simulator;
    private TestClient monitor;
    private TestClient agent1001;
    private TestClient agent1002;
    private TestClient supervisor1009;

    @BeforeEach
    void start() throws Exception {
        simulator = DeskScenario.start();
        monitor = new TestClient(simulator.sideAPort());
        monitor.openMonitor();
        agent1001 = agentSession("1001");
        agent1002 = agentSession("1002");
        supervisor1009 = agentSession("1009");
    }

    private TestClient agentSession(String agentId) throws Exception {
        TestClient client = new TestClient(simulator.sideAPort());
        client.send(TestClient.open(client.nextInvokeId(), 24, 60,
                CtiService.mask(CtiService.CLIENT_EVENTS, CtiService.CLIENT_CONTROL), TestClient.ALL_CALL_EVENTS,
                AgentState.allStatesMask(), agentId, null));
        assertThat(client.read()).isInstanceOf(OpenConf.class);
        return client;
    }

    @AfterEach
    void stop() throws Exception {
        for (TestClient client : new TestClient[] {monitor, agent1001, agent1002, supervisor1009}) {
            client.close();
        }
        simulator.close();
    }

    @Test
    void aMessageToOneClientReachesItsAgentAndTheMonitorOnly() throws Exception {
        InvokedMessage reply = monitor.request(new UserMessageReq(monitor.nextInvokeId(), 5000,
                Distribution.CLIENT.wire(), "1001", null, null, null, "Please take line 3"));

        assertThat(reply).isInstanceOf(UserMessageConf.class);
        UserMessageEvent heard = agent1001.readUntil(UserMessageEvent.class, e -> true);
        assertThat(heard.text()).isEqualTo("Please take line 3");
        assertThat(heard.distribution()).isEqualTo(Distribution.CLIENT.wire());
        assertThat(heard.clientId()).as("the sender's ClientID").isEqualTo("test-client");
        assertThat(monitor.readUntil(UserMessageEvent.class, e -> true).text()).isEqualTo("Please take line 3");
        assertThat(agent1002.drain(300)).noneMatch(UserMessageEvent.class::isInstance);
        assertThat(supervisor1009.drain(100)).noneMatch(UserMessageEvent.class::isInstance);
    }

    @Test
    void anAgentsMessageToItsSupervisorReachesTheTeamsSupervisorOnly() throws Exception {
        InvokedMessage reply = agent1001.request(new UserMessageReq(agent1001.nextInvokeId(), 5000,
                Distribution.SUPERVISOR.wire(), null, null, null, null, "Caller asks for a manager"));

        assertThat(reply).isInstanceOf(UserMessageConf.class);
        assertThat(supervisor1009.readUntil(UserMessageEvent.class, e -> true).text())
                .isEqualTo("Caller asks for a manager");
        assertThat(agent1002.drain(300)).noneMatch(UserMessageEvent.class::isInstance);
    }

    @Test
    void aTeamMessageReachesEveryMemberAndOneForAllEverySession() throws Exception {
        assertThat(monitor.request(new UserMessageReq(monitor.nextInvokeId(), 5000, Distribution.TEAM.wire(), null,
                null, "1009", null, "Team meeting at 3"))).isInstanceOf(UserMessageConf.class);
        for (TestClient member : new TestClient[] {agent1001, agent1002, supervisor1009}) {
            assertThat(member.readUntil(UserMessageEvent.class, e -> true).text()).isEqualTo("Team meeting at 3");
        }

        assertThat(agent1002.request(new UserMessageReq(agent1002.nextInvokeId(), 5000, Distribution.ALL.wire(),
                null, null, null, null, "Fire drill"))).isInstanceOf(UserMessageConf.class);
        for (TestClient session : new TestClient[] {monitor, agent1001, agent1002, supervisor1009}) {
            assertThat(session.readUntil(UserMessageEvent.class, e -> e.text().equals("Fire drill")).distribution())
                    .isEqualTo(Distribution.ALL.wire());
        }
    }

    @Test
    void recipientsTheSwitchCannotFindAreRefusedWithTheGuidesStatus() throws Exception {
        assertThat(statusOf(new UserMessageReq(monitor.nextInvokeId(), 5000, Distribution.CLIENT.wire(), "9999",
                null, null, null, "hello"))).isEqualTo(FailureStatus.CLIENT_NOT_FOUND.code());
        assertThat(statusOf(new UserMessageReq(monitor.nextInvokeId(), 5000, Distribution.TEAM.wire(), null, null,
                "9999", null, "hello"))).isEqualTo(FailureStatus.TEAM_NOT_FOUND.code());
        assertThat(statusOf(new UserMessageReq(monitor.nextInvokeId(), 5000, Distribution.SUPERVISOR.wire(), null,
                null, null, null, "hello"))).isEqualTo(FailureStatus.SUPERVISOR_NOT_FOUND.code());
        assertThat(statusOf(new UserMessageReq(monitor.nextInvokeId(), 5000, 9, null, null, null, null, "hello")))
                .isEqualTo(FailureStatus.INVALID_DISTRIBUTION_TYPE.code());
        assertThat(monitor.drain(300)).noneMatch(UserMessageEvent.class::isInstance);
    }

    private long statusOf(UserMessageReq request) throws Exception {
        CtiMessage reply = monitor.request(request);
        assertThat(reply).isInstanceOf(FailureConf.class);
        return ((FailureConf) reply).status();
    }
}
