package org.ctios.connector.adapter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.runtime.CtiConnector;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.api.AgentStateInfo;
import org.ctios.connector.api.CallInfo;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.connector.api.CtiRequestRefusedException.Refusal;
import org.ctios.connector.api.DeviceCall;
import org.ctios.connector.api.RecordingSession;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.connector.api.event.TeamConfigured;
import org.ctios.connector.api.event.HelpRequested;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConsultType;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionState;
import org.ctios.simulator.acd.DeviceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Control requests through the connector against the simulator's desk-controlled agents (1001 at 2001, 1002 at
 * 2002, 1003 at 2003, supervisor 1009 at 2009), each checked against the switch's own state.
 */
class ControlRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ThreadWorks works = new ThreadWorks();
    private final RecordingEndpoints endpoints = new RecordingEndpoints("mdb", 10);
    private PbxSimulator simulator;
    private CtiConnector connector;
    private ControlRequests requests;

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(TestSettings.scenario("desk-only")));
        connector = new CtiConnector(TestSettings.sides(simulator.sideAPort()).connector(), works,
                SocketFactory.getDefault(), Clock.systemUTC());
        connector.start();
        connector.activate(endpoints);
        await().atMost(WAIT).until(() -> connector.status().connected());
        requests = connector.controls();
    }

    @AfterEach
    void stop() throws Exception {
        assertThat(connector.stop(Duration.ofSeconds(5))).isTrue();
        simulator.close();
    }

    private void available(String agentId, String instrument) {
        requests.login(agentId, instrument, agentId);
        requests.setAgentState(agentId, instrument, AgentState.AVAILABLE, 0);
    }

    private long ringingCallAt(String device) {
        await().atMost(WAIT).until(() -> endpoints.received(CallDelivered.class).stream()
                .anyMatch(e -> device.equals(e.alertingDevice())));
        return endpoints.received(CallDelivered.class).stream().filter(e -> device.equals(e.alertingDevice()))
                .reduce((first, second) -> second).orElseThrow().callId();
    }

    /** The switch's agent devices on a call and their states. */
    private Map<String, ConnectionState> partiesOf(long callId) {
        Optional<CallView> call = simulator.calls().stream().filter(c -> c.callId() == callId).findFirst();
        return call.map(c -> c.connections().stream().filter(p -> p.kind() == DeviceKind.AGENT)
                .collect(Collectors.toMap(p -> p.deviceId(), p -> p.state(), (a, b) -> b, TreeMap::new)))
                .orElse(new TreeMap<>());
    }

    private AgentState stateOf(String agentId) {
        return simulator.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow()
                .state();
    }

    @Test
    void anAgentLogsInBecomesReadyNotReadyWithAReasonAndLogsOut() {
        requests.login("1001", "2001", "1001");
        requests.setAgentState("1001", "2001", AgentState.AVAILABLE, 0);
        AgentStateInfo ready = requests.queryAgentState("1001");
        assertThat(ready.state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(ready.agentInstrument()).isEqualTo("2001");
        assertThat(ready.skillGroups()).extracting(g -> g.skillGroupNumber()).containsExactly(1L);

        requests.setAgentState("1001", "2001", AgentState.NOT_READY, 7);
        assertThat(stateOf("1001")).isEqualTo(AgentState.NOT_READY);
        await().atMost(WAIT).until(() -> endpoints.received(AgentStateChanged.class).stream()
                .anyMatch(e -> e.agentId().equals("1001") && e.state() == AgentState.NOT_READY
                        && e.reasonCode() == 7));

        requests.logout("1001", "2001", 3);
        assertThat(stateOf("1001")).isEqualTo(AgentState.LOGOUT);
    }

    @Test
    void aCallIsAnsweredHeldRetrievedGivenDataAndReleased() {
        available("1001", "2001");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        assertThat(ringingCallAt("2001")).isEqualTo(callId);

        requests.answer(callId, "2001");
        assertThat(partiesOf(callId)).containsEntry("2001", ConnectionState.CONNECTED);
        requests.hold(callId, "2001");
        assertThat(partiesOf(callId)).containsEntry("2001", ConnectionState.HELD);
        requests.retrieve(callId, "2001");
        assertThat(partiesOf(callId)).containsEntry("2001", ConnectionState.CONNECTED);

        requests.setCallData(callId, CallVariables.of("ACCT-42"), List.of(new NamedVariable("user.case", "C-7")),
                "sold");
        CallInfo snapshot = requests.snapshotCall(callId);
        assertThat(snapshot.data().callVariables().get(1)).isEqualTo("ACCT-42");
        assertThat(snapshot.data().namedVariables()).contains(new NamedVariable("user.case", "C-7"));
        assertThat(snapshot.data().ani()).isEqualTo("0612345678");
        assertThat(snapshot.parties()).anyMatch(p -> p.deviceId().equals("2001")
                && p.state() == LocalConnectionState.CONNECT);
        await().atMost(WAIT).until(() -> endpoints.received(CallDataUpdated.class).stream()
                .anyMatch(e -> e.callId() == callId && "ACCT-42".equals(e.data().callVariables().get(1))));
        assertThat(requests.snapshotDevice("2001")).extracting(DeviceCall::callId, DeviceCall::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(callId, LocalConnectionState.CONNECT));

        requests.release(callId, "2001");
        assertThat(simulator.calls()).noneMatch(c -> c.callId() == callId);
    }

    @Test
    void aConsultedCallIsTransferredToAnotherAgent() {
        available("1001", "2001");
        available("1002", "2002");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");

        long consultId = requests.consult(callId, "2001", "2002", ConsultType.TRANSFER);
        assertThat(partiesOf(callId)).containsEntry("2001", ConnectionState.HELD);
        requests.answer(ringingCallAt("2002"), "2002");
        assertThat(partiesOf(consultId)).containsEntry("2002", ConnectionState.CONNECTED);
        long transferred = requests.transfer(consultId, callId, "2001");

        assertThat(partiesOf(transferred)).containsOnlyKeys("2002");
        assertThat(simulator.calls()).noneMatch(c -> c.connections().stream()
                .anyMatch(p -> p.deviceId().equals("2001")));
    }

    @Test
    void aConsultedCallIsJoinedIntoAConferenceAndASupervisorBargesIn() {
        available("1001", "2001");
        available("1002", "2002");
        requests.login("1009", "2009", "1009");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");
        long consultId = requests.consult(callId, "2001", "2002", ConsultType.CONFERENCE);
        requests.answer(ringingCallAt("2002"), "2002");

        long conference = requests.conference(consultId, callId, "2001");
        assertThat(partiesOf(conference)).containsOnlyKeys("2001", "2002")
                .containsValues(ConnectionState.CONNECTED);

        long supervised = requests.supervise("2009", "1001", SupervisoryAction.BARGE_IN);
        assertThat(partiesOf(supervised)).containsKey("2009");
    }

    @Test
    void aSupervisorMonitorsSilentlyAndClearsAndAnAgentAsksForHelp() {
        available("1001", "2001");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");
        assertThatThrownBy(() -> requests.supervisorAssist("2001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("SUPERVISOR_NOT_FOUND"));
        requests.login("1009", "2009", "1009");

        assertThat(requests.supervise("2009", "1001", SupervisoryAction.MONITOR)).isEqualTo(callId);
        assertThat(partiesOf(callId)).as("the listener is no party").doesNotContainKey("2009");
        assertThat(requests.supervise("2009", "1001", SupervisoryAction.CLEAR)).isEqualTo(callId);
        assertThat(requests.supervisorAssist("2001")).isEqualTo(callId);
        assertThat(requests.emergencyCall("2001")).isEqualTo(callId);
        assertThat(connector.pendingRequests()).isZero();

        await().atMost(WAIT).until(() -> endpoints.received(HelpRequested.class).size() >= 2);
        assertThat(endpoints.received(HelpRequested.class)).as("each call for help heard back, in order, once")
                .extracting(HelpRequested::emergency, HelpRequested::callId, HelpRequested::agentId,
                        HelpRequested::agentInstrument)
                .containsExactly(tuple(false, callId, "1001", "2001"), tuple(true, callId, "1001", "2001"));
    }

    @Test
    void aSingleStepTransferMovesTheCallWithoutConsulting() {
        available("1001", "2001");
        available("1003", "2003");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");

        long moved = requests.singleStepTransfer(callId, "2001", "2003");

        await().atMost(WAIT).until(() -> partiesOf(moved).containsKey("2003"));
        assertThat(partiesOf(moved)).doesNotContainKey("2001");
    }

    private CallView switchCall(long callId) {
        return simulator.calls().stream().filter(c -> c.callId() == callId).findFirst().orElseThrow();
    }

    @Test
    void anAgentSwapsBetweenCustomerAndColleagueThenDropsTheConsultationByReconnect() {
        available("1001", "2001");
        available("1002", "2002");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");
        long consultId = requests.consult(callId, "2001", "2002", ConsultType.TRANSFER);
        requests.answer(ringingCallAt("2002"), "2002");

        requests.alternate(consultId, callId, "2001");
        assertThat(partiesOf(callId)).containsEntry("2001", ConnectionState.CONNECTED);
        assertThat(partiesOf(consultId)).containsEntry("2001", ConnectionState.HELD);
        assertThatThrownBy(() -> requests.alternate(consultId, callId, "2001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("NO_ACTIVE_CALL"));
        requests.alternate(callId, consultId, "2001");
        assertThat(partiesOf(consultId)).containsEntry("2001", ConnectionState.CONNECTED);

        requests.reconnect(consultId, callId, "2001");

        assertThat(simulator.calls()).noneMatch(c -> c.callId() == consultId);
        assertThat(partiesOf(callId)).containsExactlyEntriesOf(Map.of("2001", ConnectionState.CONNECTED));
        assertThatThrownBy(() -> requests.reconnect(callId, callId, "2001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("NO_HELD_CALL"));
        await().atMost(WAIT).until(() -> endpoints.received(CallRetrieved.class).stream()
                .filter(e -> e.callId() == callId).count() == 2);
    }

    @Test
    void clearCallEndsAConferenceForEveryone() {
        available("1001", "2001");
        available("1002", "2002");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");
        long consultId = requests.consult(callId, "2001", "2002", ConsultType.CONFERENCE);
        requests.answer(ringingCallAt("2002"), "2002");
        long conference = requests.conference(consultId, callId, "2001");
        assertThatThrownBy(() -> requests.clearCall(conference, "2003"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("AGENT_NOT_PARTY_ON_CALL"));

        requests.clearCall(conference, "2002");

        assertThat(simulator.calls()).isEmpty();
        await().atMost(WAIT).until(() -> endpoints.received(CallCleared.class).stream()
                .anyMatch(e -> e.callId() == conference));
    }

    @Test
    void aRingingCallIsDeflectedToAColleague() {
        available("1001", "2001");
        available("1002", "2002");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        assertThat(ringingCallAt("2001")).isEqualTo(callId);
        assertThatThrownBy(() -> requests.deflect(callId, "2001", "no number"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_DESTINATION"));

        requests.deflect(callId, "2001", "2002");

        assertThat(ringingCallAt("2002")).isEqualTo(callId);
        await().atMost(WAIT).until(() -> endpoints.received(CallDiverted.class).stream()
                .anyMatch(e -> e.callId() == callId && "2001".equals(e.divertingDevice())
                        && "2002".equals(e.calledDevice())));
        assertThat(partiesOf(callId)).containsExactlyEntriesOf(Map.of("2002", ConnectionState.ALERTING));
        requests.answer(callId, "2002");
        assertThatThrownBy(() -> requests.deflect(callId, "2002", "2001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_OBJECT_STATE"));
    }

    @Test
    void digitsRecordingAndABadLineOnAConnectedCall() {
        available("1001", "2001");
        long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
        requests.answer(ringingCallAt("2001"), "2001");

        requests.sendDtmf(callId, "2001", "4711#");
        requests.sendDtmf(callId, "2001", "*0");
        assertThat(switchCall(callId).dtmfDigits()).isEqualTo("4711#*0");
        assertThatThrownBy(() -> requests.sendDtmf(callId, "2001", "12x"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("VALUE_OUT_OF_RANGE"));

        RecordingSession recording = requests.startRecording(callId, "2001");
        assertThat(recording).isEqualTo(new RecordingSession(callId, "2001", 0, callId));
        assertThat(switchCall(callId).recorded()).isTrue();
        assertThatThrownBy(() -> requests.startRecording(callId, "2001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_OBJECT_STATE"));
        requests.stopRecording(recording);
        assertThat(switchCall(callId).recorded()).isFalse();
        requests.startRecording(callId, "2001");
        requests.stopRecording(RecordingSession.anyServer(callId, "2001"));
        assertThat(switchCall(callId).recorded()).isFalse();

        requests.reportBadCall(callId, "2001");
        assertThatThrownBy(() -> requests.reportBadCall(callId, "2002"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("AGENT_NOT_PARTY_ON_CALL"));
        assertThat(connector.pendingRequests()).isZero();
    }

    @Test
    void makeCallDialsOutAndStatisticsCountTheAgents() {
        available("1001", "2001");
        long callId = requests.makeCall("2001", "0800123456", CallVariables.of("outbound"), List.of());
        assertThat(partiesOf(callId)).containsKey("2001");

        assertThat(requests.skillGroupStatistics(1).get(SkillGroupStatistic.AGENTS_LOGGED_ON)).isEqualTo(1);
    }

    @Test
    void agentStatisticsAreTheSwitchsFiguresForThatAgent() {
        available("1001", "2001");
        long callId = requests.makeCall("2001", "0800123456", CallVariables.of("outbound"), List.of());
        requests.clearCall(callId, "2001");

        AgentStatistics statistics = requests.agentStatistics("1001");

        assertThat(statistics.sinceLogin(AgentStatistic.AGENT_OUT_CALLS)).isEqualTo(1);
        assertThat(statistics.today(AgentStatistic.AGENT_OUT_CALLS)).isEqualTo(1);
        assertThat(statistics.sinceLogin(AgentStatistic.HANDLED_CALLS)).isZero();
        assertThatThrownBy(() -> requests.agentStatistics("4242"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_AGENT_ID_SPECIFIED"));
        assertThatThrownBy(() -> requests.agentStatistics(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsCarryTheCtiServersFailureCode() {
        assertThatThrownBy(() -> requests.answer(987_654, "2001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.CONTROL_FAILURE);
                    assertThat(e.failureName()).isEqualTo("INVALID_CSTA_CALL_IDENTIFIER");
                    assertThat(e.getMessage()).contains("ANSWER_CALL of call 987654");
                });
        assertThatThrownBy(() -> requests.login("1001", "2001", "wrong"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_PASSWORD_SPECIFIED"));
        assertThatThrownBy(() -> requests.setAgentState("4242", "4242", AgentState.AVAILABLE, 0))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_AGENT_ID_SPECIFIED"));
        assertThatThrownBy(() -> requests.skillGroupStatistics(99))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_SKILL_GROUP_SPECIFIED"));
        assertThat(stateOf("1001")).as("refused requests change nothing").isEqualTo(AgentState.LOGOUT);
        assertThat(connector.pendingRequests()).isZero();
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> requests.answer(1, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("device");
        assertThatThrownBy(() -> requests.setAgentState("1001", "2001", AgentState.NOT_READY, 70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasonCode");
        assertThatThrownBy(() -> requests.setAgentState("1001", "2001", AgentState.LOGIN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("login(");
        assertThatThrownBy(() -> requests.setCallData(1, CallVariables.of("x".repeat(41)), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALUE_TOO_LONG");
        assertThatThrownBy(() -> requests.sendDtmf(1, "2001", "1".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALUE_TOO_LONG");
        assertThatThrownBy(() -> requests.deflect(1, "2001", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("destination");
        assertThatThrownBy(() -> requests.stopRecording(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(connector.status().connected()).as("a request that cannot be encoded leaves the link up")
                .isTrue();
        assertThat(connector.pendingRequests()).isZero();
    }

    @Test
    void requestsFailFastWhileTheLinkIsDown() throws Exception {
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        CtiConnector unlinked = new CtiConnector(TestSettings.sides(unusedPort).connector(), works,
                SocketFactory.getDefault(), Clock.systemUTC());
        unlinked.start();
        try {
            assertThatThrownBy(() -> unlinked.controls().login("1001", "2001", "1001"))
                    .isInstanceOf(CtiLinkDownException.class).hasMessageContaining("link is down");
            assertThat(unlinked.pendingRequests()).isZero();
        } finally {
            assertThat(unlinked.stop(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aTeamMessageIsConfirmedAndHeardBackAsAnEvent() {
        requests.sendUserMessage(Distribution.TEAM, null, "1009", "Team meeting at 3");

        await().atMost(WAIT).until(() -> !endpoints.received(UserMessageReceived.class).isEmpty());
        UserMessageReceived heard = endpoints.received(UserMessageReceived.class).get(0);
        assertThat(heard.text()).isEqualTo("Team meeting at 3");
        assertThat(heard.distribution()).isEqualTo(Distribution.TEAM);
        assertThat(heard.senderClientId()).as("this link's own ClientID").isNotBlank();
        assertThat(heard.sentAt()).isNotNull();
        assertThat(connector.pendingRequests()).isZero();
    }

    @Test
    void userMessageRecipientsTheSwitchCannotFindAreRefusedWithItsStatus() {
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.CLIENT, "9999", null, "hello"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.FAILURE);
                    assertThat(e.failureName()).isEqualTo("CLIENT_NOT_FOUND");
                });
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.SUPERVISOR, null, "4242", "hello"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("SUPERVISOR_NOT_FOUND"));
    }

    @Test
    void aUserMessagesBadArgumentsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.ALL, null, null, "x".repeat(255)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALUE_TOO_LONG");
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.CLIENT, null, null, "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId");
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.TEAM, null, null, "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agentId");
        assertThatThrownBy(() -> requests.sendUserMessage(null, null, null, "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distribution");
        assertThatThrownBy(() -> requests.sendUserMessage(Distribution.ALL, null, null, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThat(connector.status().connected()).isTrue();
        assertThat(connector.pendingRequests()).isZero();
    }

    @Test
    void theTeamsAreReadAtLinkStartAsTeamConfiguredEvents() {
        await().atMost(WAIT).until(() -> !endpoints.received(TeamConfigured.class).isEmpty());
        TeamConfigured team = endpoints.received(TeamConfigured.class).get(0);

        assertThat(team.teamId()).isEqualTo(1);
        assertThat(team.teamName()).isEqualTo("Team Harbour");
        assertThat(team.operation()).isEqualTo(ConfigOperation.RESTORE_PERMANENT);
        assertThat(team.members()).extracting(TeamConfigured.Member::agentId)
                .containsExactlyInAnyOrder("1001", "1002", "1003", "1009");
        assertThat(team.members()).filteredOn(TeamConfigured.Member::supervisor)
                .extracting(TeamConfigured.Member::agentId).containsExactly("1009");
    }

    @Test
    void teamsAreListedAndMonitoredAsTheSwitchAllows() {
        assertThat(requests.listAgentTeams(null).teamIds()).containsExactly(1L);
        assertThat(requests.listAgentTeams(null).moreFollow()).isFalse();
        assertThat(requests.listAgentTeams("1009").teamIds()).containsExactly(1L);
        assertThatThrownBy(() -> requests.listAgentTeams("1001"))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("SUPERVISOR_NOT_FOUND"));
        assertThatThrownBy(() -> requests.listAgentTeams("supervisor1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supervisorId");

        await().atMost(WAIT).until(() -> !endpoints.received(TeamConfigured.class).isEmpty());
        assertThatThrownBy(() -> requests.startTeamMonitor(1)).as("the link's resynchronisation monitors it")
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("AGENT_TEAM_MONITOR_ALREADY_EXISTS"));
        assertThatThrownBy(() -> requests.startTeamMonitor(9))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("TEAM_NOT_FOUND"));
        assertThatThrownBy(() -> requests.stopTeamMonitor(424242))
                .isInstanceOfSatisfying(CtiRequestRefusedException.class,
                        e -> assertThat(e.failureName()).isEqualTo("INVALID_MONITORID"));
        assertThat(connector.pendingRequests()).isZero();
    }
}
