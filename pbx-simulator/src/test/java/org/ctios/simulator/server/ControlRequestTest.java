package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.call.CallConferencedEvent;
import org.ctios.protocol.message.call.CallConnectionClearedEvent;
import org.ctios.protocol.message.call.CallDataUpdateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.call.CallDivertedEvent;
import org.ctios.protocol.message.call.CallEstablishedEvent;
import org.ctios.protocol.message.call.CallHeldEvent;
import org.ctios.protocol.message.call.CallRetrievedEvent;
import org.ctios.protocol.message.call.CallTransferredEvent;
import org.ctios.protocol.message.call.EndCallEvent;
import org.ctios.protocol.message.calldata.SetCallDataConf;
import org.ctios.protocol.message.control.AlternateCallConf;
import org.ctios.protocol.message.control.AnswerCallConf;
import org.ctios.protocol.message.control.BadCallConf;
import org.ctios.protocol.message.control.ClearCallConf;
import org.ctios.protocol.message.control.ClearConnectionConf;
import org.ctios.protocol.message.control.ConferenceCallConf;
import org.ctios.protocol.message.control.ConsultationCallConf;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.control.DeflectCallConf;
import org.ctios.protocol.message.control.HoldCallConf;
import org.ctios.protocol.message.control.MakeCallConf;
import org.ctios.protocol.message.control.ReconnectCallConf;
import org.ctios.protocol.message.control.RetrieveCallConf;
import org.ctios.protocol.message.control.SendDtmfSignalConf;
import org.ctios.protocol.message.control.StartRecordingConf;
import org.ctios.protocol.message.control.StopRecordingConf;
import org.ctios.protocol.message.control.SuperviseCallConf;
import org.ctios.protocol.message.control.EmergencyCallConf;
import org.ctios.protocol.message.control.EmergencyCallEvent;
import org.ctios.protocol.message.control.EmergencyCallReq;
import org.ctios.protocol.message.control.SupervisorAssistConf;
import org.ctios.protocol.message.control.SupervisorAssistEvent;
import org.ctios.protocol.message.control.SupervisorAssistReq;
import org.ctios.protocol.message.control.TransferCallConf;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsConf;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsConf;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ControlFailureCode;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.DeviceIdType;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every control request over the wire: its confirmation when it fits, CONTROL_FAILURE_CONF when it does not. */
class ControlRequestTest {

    private PbxSimulator simulator;
    private TestClient desk;

    @BeforeEach
    void start() throws Exception {
        simulator = DeskScenario.start();
        desk = new TestClient(simulator.sideAPort());
        desk.openMonitor();
    }

    @AfterEach
    void stop() throws Exception {
        desk.close();
        simulator.close();
    }

    private InvokedMessage request(InvokedMessage request) throws Exception {
        return desk.request(request);
    }

    private int failureOf(InvokedMessage request) throws Exception {
        InvokedMessage reply = request(request);
        assertThat(reply).as("reply to %s", request.messageType()).isInstanceOf(ControlFailureConf.class);
        return ((ControlFailureConf) reply).failureCode();
    }

    private void ready(String agentId) throws Exception {
        String device = "2" + agentId.substring(1);
        assertThat(request(Requests.setAgentState(desk.nextInvokeId(), agentId, device, AgentState.LOGIN, 0,
                agentId))).isInstanceOf(SetAgentStateConf.class);
        assertThat(request(Requests.setAgentState(desk.nextInvokeId(), agentId, device, AgentState.AVAILABLE, 0,
                null))).isInstanceOf(SetAgentStateConf.class);
    }

    /** A customer call answered by agent 1001 on extension 2001. */
    private long connectedCall() throws Exception {
        ready("1001");
        long call = simulator.injectCall(1, "0612345678", "8005550101", CallVariables.of("acct-42"),
                List.of(new NamedVariable("user.tier", "gold")));
        desk.readUntil(CallDeliveredEvent.class, e -> e.connectionCallId() == call);
        assertThat(request(Requests.answer(desk.nextInvokeId(), call, "2001"))).isInstanceOf(AnswerCallConf.class);
        return call;
    }

    @Test
    void setAgentStateLogsInMakesReadyAndRefusesWhatDoesNotFit() throws Exception {
        assertThat(failureOf(Requests.setAgentState(desk.nextInvokeId(), "1001", "2001", AgentState.LOGIN, 0,
                "wrong"))).isEqualTo(ControlFailureCode.INVALID_PASSWORD_SPECIFIED.wire());
        assertThat(failureOf(Requests.setAgentState(desk.nextInvokeId(), "4711", "2999", AgentState.LOGIN, 0,
                "4711"))).isEqualTo(ControlFailureCode.INVALID_AGENT_ID_SPECIFIED.wire());
        assertThat(failureOf(Requests.setAgentState(desk.nextInvokeId(), "1001", "2001", AgentState.AVAILABLE, 0,
                null))).isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());

        ready("1001");

        AgentStateEvent available = desk.readUntil(AgentStateEvent.class,
                e -> "1001".equals(e.agentId()) && e.agentState() == AgentState.AVAILABLE.wire());
        assertThat(available.agentExtension()).isEqualTo("2001");
        assertThat(failureOf(Requests.setAgentState(desk.nextInvokeId(), "1001", "2001", AgentState.LOGIN, 0,
                "1001"))).isEqualTo(ControlFailureCode.SPECIFIED_AGENT_ALREADY_SIGNED_ON.wire());
        assertThat(request(Requests.setAgentState(desk.nextInvokeId(), "1001", "2001", AgentState.NOT_READY, 4,
                null))).isInstanceOf(SetAgentStateConf.class);
        assertThat(request(Requests.setAgentState(desk.nextInvokeId(), "1001", "2001", AgentState.LOGOUT, 9,
                null))).isInstanceOf(SetAgentStateConf.class);
        assertThat(desk.readUntil(AgentStateEvent.class, e -> e.agentState() == AgentState.LOGOUT.wire())
                .eventReasonCode()).isEqualTo(9);
    }

    @Test
    void queryAgentStateGivesStateAndSkillGroups() throws Exception {
        ready("1003");

        QueryAgentStateConf state = (QueryAgentStateConf) request(Requests.queryAgent(desk.nextInvokeId(), "1003"));

        assertThat(AgentState.fromWire(state.agentState())).contains(AgentState.AVAILABLE);
        assertThat(state.agentExtension()).isEqualTo("2003");
        assertThat(state.skillGroups()).singleElement().satisfies(group -> {
            assertThat(group.skillGroupNumber()).isEqualTo(2L);
            assertThat(group.skillGroupId()).isEqualTo(5002L);
        });
        assertThat(failureOf(Requests.queryAgent(desk.nextInvokeId(), "4711")))
                .isEqualTo(ControlFailureCode.INVALID_AGENT_ID_SPECIFIED.wire());
    }

    @Test
    void answerHoldRetrieveAndRelease() throws Exception {
        ready("1001");
        long call = simulator.injectCall(1, "0612345678", "8005550101", null, null);
        desk.readUntil(CallDeliveredEvent.class, e -> e.connectionCallId() == call);
        assertThat(failureOf(Requests.hold(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.NO_ACTIVE_CALL.wire());

        assertThat(request(Requests.answer(desk.nextInvokeId(), call, "2001"))).isInstanceOf(AnswerCallConf.class);
        assertThat(desk.readUntil(CallEstablishedEvent.class, e -> e.connectionCallId() == call).answeringDeviceId())
                .isEqualTo("2001");
        assertThat(failureOf(Requests.answer(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.NO_CALL_TO_ANSWER.wire());
        assertThat(failureOf(Requests.retrieve(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.NO_HELD_CALL.wire());
        assertThat(request(Requests.hold(desk.nextInvokeId(), call, "2001"))).isInstanceOf(HoldCallConf.class);
        assertThat(request(Requests.retrieve(desk.nextInvokeId(), call, "2001")))
                .isInstanceOf(RetrieveCallConf.class);
        assertThat(request(Requests.clear(desk.nextInvokeId(), call, "2001")))
                .isInstanceOf(ClearConnectionConf.class);
        assertThat(failureOf(Requests.clear(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
        assertThat(failureOf(Requests.answer(desk.nextInvokeId(), 99_999, "2001")))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
    }

    @Test
    void makeCallDialsOutAndRefusesWhatIsNoNumber() throws Exception {
        ready("1002");
        request(Requests.setAgentState(desk.nextInvokeId(), "1002", "2002", AgentState.NOT_READY, 1, null));

        MakeCallConf made = (MakeCallConf) request(Requests.makeCall(desk.nextInvokeId(), "2002", "0611223344"));

        assertThat(made.newConnectionCallId()).isPositive();
        assertThat(made.newConnectionDeviceId()).isEqualTo("2002");
        assertThat(failureOf(Requests.makeCall(desk.nextInvokeId(), "2003", "0611223344")))
                .isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());
        assertThat(failureOf(Requests.makeCall(desk.nextInvokeId(), "2002", "0611223345")))
                .as("already on a call").isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());
        request(Requests.clear(desk.nextInvokeId(), made.newConnectionCallId(), "2002"));
        assertThat(failureOf(Requests.makeCall(desk.nextInvokeId(), "2002", "call me maybe")))
                .isEqualTo(ControlFailureCode.INVALID_DESTINATION.wire());
    }

    @Test
    void consultationThenTransfer() throws Exception {
        long customer = connectedCall();
        ready("1002");
        request(Requests.setAgentState(desk.nextInvokeId(), "1002", "2002", AgentState.NOT_READY, 1, null));

        ConsultationCallConf consult = (ConsultationCallConf) request(Requests.consult(desk.nextInvokeId(), customer,
                "2001", "2002"));
        long consultation = consult.newConnectionCallId();
        request(Requests.answer(desk.nextInvokeId(), consultation, "2002"));
        TransferCallConf transferred = (TransferCallConf) request(Requests.transfer(desk.nextInvokeId(), consultation,
                customer, "2001"));

        assertThat(transferred.newConnectionCallId()).isEqualTo(customer);
        assertThat(transferred.connectedParties()).extracting(p -> p.connectedPartyDeviceId())
                .containsExactlyInAnyOrder("0612345678", "2002");
        CallTransferredEvent event = desk.readUntil(CallTransferredEvent.class, e -> e.primaryCallId() == customer);
        assertThat(event.secondaryCallId()).isEqualTo(consultation);
        assertThat(event.transferredDeviceId()).isEqualTo("2002");
    }

    @Test
    void consultationThenConference() throws Exception {
        long customer = connectedCall();
        ready("1002");
        request(Requests.setAgentState(desk.nextInvokeId(), "1002", "2002", AgentState.NOT_READY, 1, null));
        long consultation = ((ConsultationCallConf) request(Requests.consult(desk.nextInvokeId(), customer, "2001",
                "2002"))).newConnectionCallId();
        request(Requests.answer(desk.nextInvokeId(), consultation, "2002"));

        ConferenceCallConf conference = (ConferenceCallConf) request(Requests.conference(desk.nextInvokeId(),
                consultation, customer, "2001"));

        assertThat(conference.connectedParties()).hasSize(3);
        assertThat(desk.readUntil(CallConferencedEvent.class, e -> e.primaryCallId() == customer).addedPartyDeviceId())
                .isEqualTo("2002");
        assertThat(failureOf(Requests.conference(desk.nextInvokeId(), consultation, customer, "2001")))
                .as("the consultation call is gone").isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
    }

    @Test
    void singleStepTransferToASkillGroup() throws Exception {
        long customer = connectedCall();
        ready("1003");

        TransferCallConf transferred = (TransferCallConf) request(Requests.singleStepTransfer(desk.nextInvokeId(),
                customer, "2001", "7002"));

        assertThat(transferred.newConnectionCallId()).isEqualTo(customer);
        assertThat(desk.readUntil(CallDeliveredEvent.class, e -> e.connectionCallId() == customer
                && "2003".equals(e.alertingDeviceId())).callVariables().get(1)).isEqualTo("acct-42");
    }

    @Test
    void setCallDataUpdatesTheCallAndAnnouncesIt() throws Exception {
        long call = connectedCall();

        assertThat(request(Requests.setCallData(desk.nextInvokeId(), call, CallVariables.of(null, "case-7"),
                List.of(new NamedVariable("user.tier", "platinum"))))).isInstanceOf(SetCallDataConf.class);

        CallDataUpdateEvent update = desk.readUntil(CallDataUpdateEvent.class, e -> e.connectionCallId() == call);
        assertThat(update.callVariables().get(1)).isEqualTo("acct-42");
        assertThat(update.callVariables().get(2)).isEqualTo("case-7");
        assertThat(update.namedVariables()).containsExactly(new NamedVariable("user.tier", "platinum"));
        assertThat(failureOf(Requests.setCallData(desk.nextInvokeId(), 4242, CallVariables.none(), List.of())))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
    }

    @Test
    void snapshotsDescribeTheCallAndTheDevice() throws Exception {
        long call = connectedCall();

        SnapshotCallConf snapshot = (SnapshotCallConf) request(Requests.snapshotCall(desk.nextInvokeId(), call));
        SnapshotDeviceConf device = (SnapshotDeviceConf) request(Requests.snapshotDevice(desk.nextInvokeId(),
                "2001"));

        assertThat(snapshot.ani()).isEqualTo("0612345678");
        assertThat(snapshot.callVariables().get(1)).isEqualTo("acct-42");
        assertThat(snapshot.namedVariables()).containsExactly(new NamedVariable("user.tier", "gold"));
        assertThat(snapshot.callDevices()).extracting(d -> d.callDeviceId())
                .containsExactlyInAnyOrder("0612345678", "2001");
        assertThat(device.calls()).singleElement().satisfies(c -> {
            assertThat(c.callConnectionCallId()).isEqualTo(call);
            assertThat(c.callState()).isEqualTo(LocalConnectionState.CONNECT.wire());
        });
        assertThat(failureOf(Requests.snapshotCall(desk.nextInvokeId(), 4242)))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
        assertThat(failureOf(Requests.snapshotDevice(desk.nextInvokeId(), "9999")))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_DEVICE_IDENTIFIER.wire());
    }

    @Test
    void skillGroupStatisticsCountAgentsAndQueue() throws Exception {
        connectedCall();
        simulator.injectCall(1, "0699999999", "8005550101", null, null);

        QuerySkillGroupStatisticsConf statistics = (QuerySkillGroupStatisticsConf) request(
                Requests.skillGroupStatistics(desk.nextInvokeId(), 1));

        assertThat(statistics.skillGroupId()).isEqualTo(5001);
        assertThat(statistics.statistics().get(SkillGroupStatistic.AGENTS_LOGGED_ON)).isEqualTo(1);
        assertThat(statistics.statistics().get(SkillGroupStatistic.AGENTS_TALKING_IN)).isEqualTo(1);
        assertThat(statistics.statistics().get(SkillGroupStatistic.CALLS_QUEUE_NOW)).isEqualTo(1);
        assertThat(statistics.statistics().get(SkillGroupStatistic.CALLS_QUEUE_TODAY)).as("both calls offered")
                .isEqualTo(2);
        assertThat(statistics.statistics().get(SkillGroupStatistic.LONGEST_CALL_QUEUE_TODAY))
                .as("not kept, so unknown").isEqualTo(SkillGroupStatistics.UNKNOWN);
        assertThat(failureOf(Requests.skillGroupStatistics(desk.nextInvokeId(), 9)))
                .isEqualTo(ControlFailureCode.INVALID_SKILL_GROUP_SPECIFIED.wire());
    }

    @Test
    void agentStatisticsCountTheCallTheAgentHandled() throws Exception {
        long call = connectedCall();
        assertThat(request(Requests.clear(desk.nextInvokeId(), call, "2001")))
                .isInstanceOf(ClearConnectionConf.class);

        QueryAgentStatisticsConf statistics = (QueryAgentStatisticsConf) request(
                Requests.agentStatistics(desk.nextInvokeId(), "1001"));

        assertThat(statistics.agentId()).isEqualTo("1001");
        assertThat(statistics.agentInstrument()).isEqualTo("2001");
        assertThat(statistics.statistics().sinceLogin(AgentStatistic.HANDLED_CALLS)).isEqualTo(1);
        assertThat(statistics.statistics().today(AgentStatistic.HANDLED_CALLS)).isEqualTo(1);
        assertThat(statistics.statistics().sinceLogin(AgentStatistic.AGENT_OUT_CALLS)).isZero();
        assertThat(failureOf(Requests.agentStatistics(desk.nextInvokeId(), "4711")))
                .isEqualTo(ControlFailureCode.INVALID_AGENT_ID_SPECIFIED.wire());
    }

    @Test
    void aSupervisorBargesInAndInterceptsButAnAgentMayNot() throws Exception {
        long call = connectedCall();
        ready("1002");
        request(Requests.setAgentState(desk.nextInvokeId(), "1009", "2009", AgentState.LOGIN, 0, "1009"));

        assertThat(failureOf(Requests.supervise(desk.nextInvokeId(), "2002", "1001", SupervisoryAction.BARGE_IN)))
                .isEqualTo(ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE.wire());
        SuperviseCallConf barge = (SuperviseCallConf) request(Requests.supervise(desk.nextInvokeId(), "2009", "1001",
                SupervisoryAction.BARGE_IN));
        assertThat(barge.connectionCallId()).isEqualTo(call);
        assertThat(request(Requests.supervise(desk.nextInvokeId(), "2009", "1001", SupervisoryAction.INTERCEPT)))
                .isInstanceOf(SuperviseCallConf.class);
        assertThat(failureOf(Requests.supervise(desk.nextInvokeId(), "2009", "1001", SupervisoryAction.WHISPER)))
                .isEqualTo(ControlFailureCode.INVALID_FEATURE.wire());
    }

    @Test
    void aSupervisorMonitorsSilentlyAndClearsButMayNotWhisper() throws Exception {
        long call = connectedCall();
        request(Requests.setAgentState(desk.nextInvokeId(), "1009", "2009", AgentState.LOGIN, 0, "1009"));

        SuperviseCallConf monitor = (SuperviseCallConf) request(Requests.supervise(desk.nextInvokeId(), "2009",
                "1001", SupervisoryAction.MONITOR));
        assertThat(monitor.connectionCallId()).as("the agent's call").isEqualTo(call);
        assertThat(request(Requests.supervise(desk.nextInvokeId(), "2009", "1001", SupervisoryAction.CLEAR)))
                .isInstanceOf(SuperviseCallConf.class);
        assertThat(failureOf(Requests.supervise(desk.nextInvokeId(), "2009", "1001", SupervisoryAction.CLEAR)))
                .as("nothing left to clear").isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());
        assertThat(failureOf(Requests.supervise(desk.nextInvokeId(), "2009", "1001", SupervisoryAction.WHISPER)))
                .isEqualTo(ControlFailureCode.INVALID_FEATURE.wire());
    }

    @Test
    void anAssistWithoutASupervisorIsAFailureAndWithOneReachesEveryClient() throws Exception {
        long call = connectedCall();

        InvokedMessage none = request(new SupervisorAssistReq(desk.nextInvokeId(), 5000, call, 1, "2001", null, null,
                null));
        assertThat(none).isInstanceOf(FailureConf.class);
        assertThat(((FailureConf) none).status()).isEqualTo(FailureStatus.SUPERVISOR_NOT_FOUND.code());

        request(Requests.setAgentState(desk.nextInvokeId(), "1009", "2009", AgentState.LOGIN, 0, "1009"));
        SupervisorAssistConf assist = (SupervisorAssistConf) request(new SupervisorAssistReq(desk.nextInvokeId(),
                5000, 0xFFFF_FFFFL, 0xFFFF, null, null, "1001", null));
        assertThat(assist.connectionCallId()).as("the agent's current call").isEqualTo(call);
        SupervisorAssistEvent told = desk.readUntil(SupervisorAssistEvent.class, e -> "1001".equals(e.agentId()));
        assertThat(told.connectionCallId()).isEqualTo(call);
        assertThat(told.clientId()).isEqualTo("agent 1001");

        assertThat(request(new EmergencyCallReq(desk.nextInvokeId(), 5000, call, 1, "2001", null, null, null)))
                .isInstanceOf(EmergencyCallConf.class);
        assertThat(desk.readUntil(EmergencyCallEvent.class, e -> "1001".equals(e.agentId())).connectionCallId())
                .isEqualTo(call);
    }

    /** A customer call connected at 2001 and held there for a consultation call to 2002: {customer, consult}. */
    private long[] consultation() throws Exception {
        long customer = connectedCall();
        ready("1002");
        request(Requests.setAgentState(desk.nextInvokeId(), "1002", "2002", AgentState.NOT_READY, 1, null));
        long consultation = ((ConsultationCallConf) request(Requests.consult(desk.nextInvokeId(), customer, "2001",
                "2002"))).newConnectionCallId();
        return new long[] {customer, consultation};
    }

    @Test
    void alternateSwapsTheActiveAndTheHeldCall() throws Exception {
        long[] calls = consultation();
        long customer = calls[0];
        long consultation = calls[1];

        assertThat(request(Requests.alternate(desk.nextInvokeId(), consultation, customer, "2001")))
                .isInstanceOf(AlternateCallConf.class);

        assertThat(desk.readUntil(CallHeldEvent.class, e -> e.connectionCallId() == consultation).holdingDeviceId())
                .isEqualTo("2001");
        assertThat(desk.readUntil(CallRetrievedEvent.class, e -> e.connectionCallId() == customer)
                .retrievingDeviceId()).isEqualTo("2001");
        assertThat(failureOf(Requests.alternate(desk.nextInvokeId(), consultation, customer, "2001")))
                .as("the consultation is the held call now").isEqualTo(ControlFailureCode.NO_ACTIVE_CALL.wire());
        assertThat(failureOf(Requests.alternate(desk.nextInvokeId(), customer, customer, "2001")))
                .isEqualTo(ControlFailureCode.NO_HELD_CALL.wire());
        assertThat(failureOf(Requests.alternate(desk.nextInvokeId(), customer, consultation, "2003")))
                .isEqualTo(ControlFailureCode.AGENT_NOT_PARTY_ON_CALL.wire());
    }

    @Test
    void reconnectDropsTheConsultationAndReturnsToTheCustomer() throws Exception {
        long[] calls = consultation();
        long customer = calls[0];
        long consultation = calls[1];
        assertThat(failureOf(Requests.reconnect(desk.nextInvokeId(), customer, consultation, "2001")))
                .isEqualTo(ControlFailureCode.NO_ACTIVE_CALL.wire());

        assertThat(request(Requests.reconnect(desk.nextInvokeId(), consultation, customer, "2001")))
                .isInstanceOf(ReconnectCallConf.class);

        assertThat(desk.readUntil(CallConnectionClearedEvent.class, e -> e.connectionCallId() == consultation)
                .releasingDeviceId()).isEqualTo("2001");
        desk.readUntil(CallClearedEvent.class, e -> e.connectionCallId() == consultation);
        desk.readUntil(CallRetrievedEvent.class, e -> e.connectionCallId() == customer);
        assertThat(failureOf(Requests.reconnect(desk.nextInvokeId(), consultation, customer, "2001")))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
    }

    @Test
    void clearCallEndsTheWholeCall() throws Exception {
        long call = connectedCall();
        assertThat(failureOf(Requests.clearCall(desk.nextInvokeId(), call, "2002")))
                .isEqualTo(ControlFailureCode.AGENT_NOT_PARTY_ON_CALL.wire());

        assertThat(request(Requests.clearCall(desk.nextInvokeId(), call, "2001"))).isInstanceOf(ClearCallConf.class);

        desk.readUntil(CallConnectionClearedEvent.class, e -> e.connectionCallId() == call);
        assertThat(desk.readUntil(CallClearedEvent.class, e -> e.connectionCallId() == call).localConnectionState())
                .isEqualTo(LocalConnectionState.NULL.wire());
        desk.readUntil(EndCallEvent.class, e -> e.connectionCallId() == call);
        assertThat(simulator.calls()).isEmpty();
        assertThat(failureOf(Requests.clearCall(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
    }

    @Test
    void deflectSendsARingingCallToAnotherAgent() throws Exception {
        ready("1001");
        ready("1002");
        long call = simulator.injectCall(1, "0612345678", "8005550101", null, null);
        desk.readUntil(CallDeliveredEvent.class, e -> e.connectionCallId() == call);
        assertThat(failureOf(Requests.deflect(desk.nextInvokeId(), call, "2001", "2001")))
                .isEqualTo(ControlFailureCode.INVALID_DESTINATION.wire());

        assertThat(request(Requests.deflect(desk.nextInvokeId(), call, "2001", "2002")))
                .isInstanceOf(DeflectCallConf.class);

        CallDivertedEvent diverted = desk.readUntil(CallDivertedEvent.class, e -> e.connectionCallId() == call);
        assertThat(diverted.divertingDeviceId()).isEqualTo("2001");
        assertThat(diverted.connectionDeviceId()).isEqualTo("2001");
        assertThat(diverted.calledDeviceId()).isEqualTo("2002");
        assertThat(diverted.calledDeviceType()).isEqualTo(DeviceIdType.AGENT_DEVICE.wire());
        assertThat(diverted.eventCause()).isEqualTo(EventCause.REDIRECTED.wire());
        assertThat(diverted.localConnectionState()).isEqualTo(LocalConnectionState.NULL.wire());
        assertThat(desk.readUntil(CallDeliveredEvent.class, e -> e.connectionCallId() == call).alertingDeviceId())
                .isEqualTo("2002");
        assertThat(request(Requests.answer(desk.nextInvokeId(), call, "2002"))).isInstanceOf(AnswerCallConf.class);
        assertThat(failureOf(Requests.deflect(desk.nextInvokeId(), call, "2002", "2001")))
                .as("answered, no longer ringing").isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());
    }

    @Test
    void dtmfDigitsArePlayedOnAConnectedCallOnly() throws Exception {
        ready("1001");
        long call = simulator.injectCall(1, "0612345678", "8005550101", null, null);
        desk.readUntil(CallDeliveredEvent.class, e -> e.connectionCallId() == call);
        assertThat(failureOf(Requests.dtmf(desk.nextInvokeId(), call, "2001", "1")))
                .as("still ringing").isEqualTo(ControlFailureCode.NO_ACTIVE_CALL.wire());
        request(Requests.answer(desk.nextInvokeId(), call, "2001"));

        assertThat(request(Requests.dtmf(desk.nextInvokeId(), call, "2001", "4711#")))
                .isInstanceOf(SendDtmfSignalConf.class);
        assertThat(request(Requests.dtmf(desk.nextInvokeId(), call, "2001", "*9D")))
                .isInstanceOf(SendDtmfSignalConf.class);

        assertThat(failureOf(Requests.dtmf(desk.nextInvokeId(), call, "2001", "12-3")))
                .isEqualTo(ControlFailureCode.VALUE_OUT_OF_RANGE.wire());
        assertThat(failureOf(Requests.dtmf(desk.nextInvokeId(), call, "2002", "1")))
                .isEqualTo(ControlFailureCode.AGENT_NOT_PARTY_ON_CALL.wire());
        assertThat(simulator.calls()).singleElement().extracting(c -> c.dtmfDigits()).isEqualTo("4711#*9D");
    }

    @Test
    void recordingStartsAndStopsOnAConnectedCall() throws Exception {
        long call = connectedCall();

        StartRecordingConf started = (StartRecordingConf) request(Requests.startRecording(desk.nextInvokeId(), call,
                "2001"));
        assertThat(started.sessionId()).as("any recording server").isZero();
        assertThat(started.serverData()).isEqualTo(call);
        assertThat(started.clientId()).isEqualTo("pbx-simulator-recorder");
        assertThat(simulator.calls()).singleElement().extracting(c -> c.recorded()).isEqualTo(true);
        assertThat(failureOf(Requests.startRecording(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());

        assertThat(request(Requests.stopRecording(desk.nextInvokeId(), call, "2001", started.sessionId(),
                started.serverData()))).isInstanceOf(StopRecordingConf.class);
        assertThat(simulator.calls()).singleElement().extracting(c -> c.recorded()).isEqualTo(false);
        assertThat(failureOf(Requests.stopRecording(desk.nextInvokeId(), call, "2001", 0, 0)))
                .isEqualTo(ControlFailureCode.INVALID_OBJECT_STATE.wire());
        assertThat(desk.drain(200)).as("no event: the sheets name none for this kind of recording").isEmpty();
        request(Requests.hold(desk.nextInvokeId(), call, "2001"));
        assertThat(failureOf(Requests.startRecording(desk.nextInvokeId(), call, "2001")))
                .isEqualTo(ControlFailureCode.NO_ACTIVE_CALL.wire());
    }

    @Test
    void aBadCallIsConfirmedForAPartyOnly() throws Exception {
        long call = connectedCall();

        assertThat(request(Requests.badCall(desk.nextInvokeId(), call, "2001"))).isInstanceOf(BadCallConf.class);
        assertThat(failureOf(Requests.badCall(desk.nextInvokeId(), call, "2002")))
                .isEqualTo(ControlFailureCode.AGENT_NOT_PARTY_ON_CALL.wire());
        assertThat(failureOf(Requests.badCall(desk.nextInvokeId(), 4242, "2001")))
                .isEqualTo(ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER.wire());
    }

    @Test
    void anAgentModeSessionMayNotDeflectOrClearAnotherAgentsCall() throws Exception {
        long call = connectedCall();
        try (TestClient agentDesk = new TestClient(simulator.sideAPort())) {
            agentDesk.send(TestClient.open(1, 24, 60, CtiService.mask(CtiService.CLIENT_EVENTS,
                    CtiService.CLIENT_CONTROL), TestClient.ALL_CALL_EVENTS, AgentState.allStatesMask(), "1002", null));
            agentDesk.read();

            assertThat(((ControlFailureConf) agentDesk.request(Requests.clearCall(2, call, "2001"))).failureCode())
                    .isEqualTo(ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE.wire());
            assertThat(((ControlFailureConf) agentDesk.request(Requests.dtmf(3, call, "2001", "1"))).failureCode())
                    .isEqualTo(ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE.wire());
        }
        assertThat(simulator.calls()).hasSize(1);
    }

    @Test
    void anAgentModeSessionMayControlOnlyItsOwnAgent() throws Exception {
        try (TestClient agentDesk = new TestClient(simulator.sideAPort())) {
            agentDesk.send(TestClient.open(1, 24, 60, CtiService.mask(CtiService.CLIENT_EVENTS,
                    CtiService.CLIENT_CONTROL), TestClient.ALL_CALL_EVENTS, AgentState.allStatesMask(), "1001", null));
            agentDesk.read();

            InvokedMessage own = agentDesk.request(Requests.setAgentState(2, "1001", "2001", AgentState.LOGIN, 0,
                    "1001"));
            InvokedMessage other = agentDesk.request(Requests.setAgentState(3, "1002", "2002", AgentState.LOGIN, 0,
                    "1002"));

            assertThat(own).isInstanceOf(SetAgentStateConf.class);
            assertThat(((ControlFailureConf) other).failureCode())
                    .isEqualTo(ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE.wire());
        }
    }

    @Test
    void aSessionWithoutClientControlMayNotControl() throws Exception {
        try (TestClient watcher = new TestClient(simulator.sideAPort())) {
            watcher.send(TestClient.open(1, 24, 60, CtiService.ALL_EVENTS.bit(), TestClient.ALL_CALL_EVENTS,
                    AgentState.allStatesMask(), null, null));
            watcher.read();

            assertThat(watcher.request(Requests.setAgentState(2, "1001", "2001", AgentState.LOGIN, 0, "1001")))
                    .isEqualTo(new FailureConf(2, FailureStatus.FUNCTION_NOT_AVAILABLE.code()));
        }
    }
}
