package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.team.AgentTeamConfigEvent;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallEventMask;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.TeamId;
import org.ctios.protocol.types.TeamMember;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent teams over the wire, on the demo's two teams (Harbour, 1 with supervisor 1025; Summit, 2 with 1050): the
 * lists, the team monitors, the configuration a supervisor session hears when it opens, and the events of a move.
 */
class AgentTeamTest {

    private static final long NULL_ID = 0xFFFF_FFFFL;
    private static final long ALL_BUT_TEAM_CONFIG = TestClient.ALL_CALL_EVENTS & ~CallEventMask.AGENT_TEAM_CONFIG.bit();

    private PbxSimulator simulator;
    private TestClient monitor;

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0))
                .withPorts(0, 0, -1));
        monitor = new TestClient(simulator.sideAPort());
        monitor.openMonitor();
    }

    @AfterEach
    void stop() throws Exception {
        monitor.close();
        simulator.close();
    }

    @Test
    void aMonitorSessionListsEveryTeamAndASupervisorItsOwn() throws Exception {
        ListAgentTeamConf all = (ListAgentTeamConf) monitor.request(new ListAgentTeamReq(monitor.nextInvokeId(),
                NULL_ID));
        assertThat(all.teamIds()).extracting(TeamId::teamId).containsExactly(1L, 2L);
        assertThat(all.moreFollow()).isFalse();

        ListAgentTeamConf harbour = (ListAgentTeamConf) monitor.request(new ListAgentTeamReq(monitor.nextInvokeId(),
                1025));
        assertThat(harbour.teamIds()).extracting(TeamId::teamId).containsExactly(1L);

        InvokedMessage notASupervisor = monitor.request(new ListAgentTeamReq(monitor.nextInvokeId(), 1001));
        assertThat(notASupervisor).isInstanceOf(FailureConf.class);
        assertThat(((FailureConf) notASupervisor).status()).isEqualTo(FailureStatus.SUPERVISOR_NOT_FOUND.code());
    }

    @Test
    void aSupervisorSessionHearsItsTeamWhenItOpens() throws Exception {
        try (TestClient supervisor = supervisorSession("1025")) {
            AgentTeamConfigEvent team = supervisor.readUntil(AgentTeamConfigEvent.class, e -> true);

            assertThat(team.teamId()).isEqualTo(1);
            assertThat(team.configOperation()).isEqualTo(ConfigOperation.RESTORE_PERMANENT.wire());
            assertThat(team.agentTeamName()).isEqualTo("Team Harbour");
            assertThat(team.members()).extracting(TeamMember::atcAgentId).contains("1001", "1005", "1025")
                    .doesNotContain("1050").hasSize(team.numberOfAgents());
            assertThat(team.members()).filteredOn(TeamMember::supervisor).extracting(TeamMember::atcAgentId)
                    .containsExactly("1025");
        }
    }

    @Test
    void aTeamMonitorStartsWithTheWholeTeamAndStopsOnce() throws Exception {
        InvokedMessage started = monitor.request(new MonitorAgentTeamStartReq(monitor.nextInvokeId(), 2));
        assertThat(started).isInstanceOf(MonitorAgentTeamStartConf.class);
        AgentTeamConfigEvent summit = monitor.readUntil(AgentTeamConfigEvent.class, e -> true);
        assertThat(summit.teamId()).isEqualTo(2);
        assertThat(summit.members()).extracting(TeamMember::atcAgentId).contains("1050").doesNotContain("1001");

        assertThat(failure(monitor.request(new MonitorAgentTeamStartReq(monitor.nextInvokeId(), 2))))
                .isEqualTo(FailureStatus.AGENT_TEAM_MONITOR_ALREADY_EXISTS.code());
        assertThat(failure(monitor.request(new MonitorAgentTeamStartReq(monitor.nextInvokeId(), 9))))
                .isEqualTo(FailureStatus.TEAM_NOT_FOUND.code());
        long monitorId = ((MonitorAgentTeamStartConf) started).monitorId();
        assertThat(monitor.request(new MonitorAgentTeamStopReq(monitor.nextInvokeId(), monitorId)))
                .isInstanceOf(MonitorAgentTeamStopConf.class);
        assertThat(failure(monitor.request(new MonitorAgentTeamStopReq(monitor.nextInvokeId(), monitorId))))
                .isEqualTo(FailureStatus.INVALID_MONITORID.code());
    }

    @Test
    void aMoveIsHeardAsARemovalAndAnAdditionByTheSessionsThatFollowTheTeams() throws Exception {
        try (TestClient harbour = supervisorSession("1025"); TestClient summit = supervisorSession("1050");
             TestClient narrowMonitor = new TestClient(simulator.sideAPort())) {
            harbour.readUntil(AgentTeamConfigEvent.class, e -> true);
            summit.readUntil(AgentTeamConfigEvent.class, e -> true);
            narrowMonitor.send(TestClient.open(narrowMonitor.nextInvokeId(), 24, 60, TestClient.MONITOR_SERVICES,
                    ALL_BUT_TEAM_CONFIG, AgentState.allStatesMask(), null, null));
            assertThat(narrowMonitor.read()).isInstanceOf(OpenConf.class);
            narrowMonitor.request(new MonitorAgentTeamStartReq(narrowMonitor.nextInvokeId(), 2));
            narrowMonitor.readUntil(AgentTeamConfigEvent.class, e -> true);

            simulator.moveAgentToTeam("1003", 2);

            AgentTeamConfigEvent left = harbour.readUntil(AgentTeamConfigEvent.class, e -> true);
            assertThat(left.teamId()).isEqualTo(1);
            assertThat(left.configOperation()).isEqualTo(ConfigOperation.REMOVE_AGENT.wire());
            assertThat(left.members()).extracting(TeamMember::atcAgentId).containsExactly("1003");
            AgentTeamConfigEvent joined = summit.readUntil(AgentTeamConfigEvent.class, e -> true);
            assertThat(joined.teamId()).isEqualTo(2);
            assertThat(joined.configOperation()).isEqualTo(ConfigOperation.ADD_AGENT.wire());
            assertThat(joined.members()).extracting(TeamMember::atcAgentId).containsExactly("1003");
            assertThat(monitor.readUntil(AgentTeamConfigEvent.class, e -> e.teamId() == 2).configOperation())
                    .as("a monitor session whose mask asks for team configuration hears both teams' changes")
                    .isEqualTo(ConfigOperation.ADD_AGENT.wire());
            List<CtiMessage> narrow = narrowMonitor.drain(300);
            assertThat(narrow).filteredOn(AgentTeamConfigEvent.class::isInstance)
                    .as("without the mask bit, only the monitored team's change")
                    .extracting(m -> ((AgentTeamConfigEvent) m).teamId()).containsExactly(2L);
            assertThat(harbour.drain(200)).noneMatch(AgentTeamConfigEvent.class::isInstance);
        }
        assertThat(simulator.agents()).filteredOn(a -> a.agentId().equals("1003"))
                .extracting(a -> a.teamId()).containsExactly(2);
    }

    private TestClient supervisorSession(String agentId) throws Exception {
        TestClient client = new TestClient(simulator.sideAPort());
        client.send(TestClient.open(client.nextInvokeId(), 24, 60, CtiService.mask(CtiService.CLIENT_EVENTS,
                        CtiService.CLIENT_CONTROL, CtiService.SUPERVISOR), TestClient.ALL_CALL_EVENTS,
                AgentState.allStatesMask(), agentId, null));
        assertThat(client.read()).isInstanceOf(OpenConf.class);
        return client;
    }

    private static long failure(InvokedMessage reply) {
        assertThat(reply).isInstanceOf(FailureConf.class);
        return ((FailureConf) reply).status();
    }
}
