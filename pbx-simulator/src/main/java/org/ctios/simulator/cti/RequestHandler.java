package org.ctios.simulator.cti;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateReq;
import org.ctios.protocol.message.calldata.ClientEventReportConf;
import org.ctios.protocol.message.calldata.ClientEventReportReq;
import org.ctios.protocol.message.calldata.ReleaseCallConf;
import org.ctios.protocol.message.calldata.ReleaseCallReq;
import org.ctios.protocol.message.calldata.SetCallDataConf;
import org.ctios.protocol.message.calldata.SetCallDataReq;
import org.ctios.protocol.message.control.AlternateCallConf;
import org.ctios.protocol.message.control.AlternateCallReq;
import org.ctios.protocol.message.control.AnswerCallConf;
import org.ctios.protocol.message.control.AnswerCallReq;
import org.ctios.protocol.message.control.BadCallConf;
import org.ctios.protocol.message.control.BadCallReq;
import org.ctios.protocol.message.control.ClearCallConf;
import org.ctios.protocol.message.control.ClearCallReq;
import org.ctios.protocol.message.control.ClearConnectionConf;
import org.ctios.protocol.message.control.ClearConnectionReq;
import org.ctios.protocol.message.control.ConferenceCallConf;
import org.ctios.protocol.message.control.ConferenceCallReq;
import org.ctios.protocol.message.control.ConsultationCallConf;
import org.ctios.protocol.message.control.ConsultationCallReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.control.DeflectCallConf;
import org.ctios.protocol.message.control.DeflectCallReq;
import org.ctios.protocol.message.control.HoldCallConf;
import org.ctios.protocol.message.control.HoldCallReq;
import org.ctios.protocol.message.control.MakeCallConf;
import org.ctios.protocol.message.control.MakeCallReq;
import org.ctios.protocol.message.control.ReconnectCallConf;
import org.ctios.protocol.message.control.ReconnectCallReq;
import org.ctios.protocol.message.control.RetrieveCallConf;
import org.ctios.protocol.message.control.RetrieveCallReq;
import org.ctios.protocol.message.control.SendDtmfSignalConf;
import org.ctios.protocol.message.control.SendDtmfSignalReq;
import org.ctios.protocol.message.control.StartRecordingConf;
import org.ctios.protocol.message.control.StartRecordingReq;
import org.ctios.protocol.message.control.StopRecordingConf;
import org.ctios.protocol.message.control.StopRecordingReq;
import org.ctios.protocol.message.control.SuperviseCallConf;
import org.ctios.protocol.message.control.EmergencyCallConf;
import org.ctios.protocol.message.control.EmergencyCallReq;
import org.ctios.protocol.message.control.SupervisorAssistConf;
import org.ctios.protocol.message.control.SupervisorAssistReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.simulator.acd.AcdFailure;
import org.ctios.simulator.acd.Help;
import org.ctios.simulator.acd.Outcome;
import org.ctios.protocol.message.control.SuperviseCallReq;
import org.ctios.protocol.message.control.TransferCallConf;
import org.ctios.protocol.message.control.TransferCallReq;
import org.ctios.protocol.message.messaging.UserMessageConf;
import org.ctios.protocol.message.messaging.UserMessageReq;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.snapshot.CallDevice;
import org.ctios.protocol.message.snapshot.DeviceCall;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsConf;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsReq;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsConf;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsReq;
import org.ctios.protocol.types.AgentAvailabilityStatus;
import org.ctios.protocol.types.AgentMode;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.ControlFailureCode;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SilentMonitorStatus;
import org.ctios.protocol.types.SkillGroupEntry;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.protocol.types.TeamId;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.AgentStatisticsView;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionState;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.MessageRecipients;
import org.ctios.simulator.acd.Outcome;
import org.ctios.simulator.acd.SkillGroupView;
import org.ctios.simulator.acd.TeamView;
import org.ctios.simulator.acd.UserMessageView;

/**
 * Carries out the CTI clients' control requests on the switch and answers each with its confirmation or with
 * CONTROL_FAILURE_CONF. Runs on the switch's thread, so the confirmation is queued before the events the request
 * caused, as a client expects. An agent-mode client may act only on its own agent and its agent's devices.
 */
public final class RequestHandler {

    private static final long NULL_ID = 0xFFFF_FFFFL;
    /**
     * START_RECORDING_CONF's SessionID: 0, "any recording server", since the simulator is its only one. Its
     * ServerData is the call's id; STOP_RECORDING_REQ is matched by its ConnectionCallID, whatever it echoes.
     */
    private static final long ANY_RECORDING_SERVER = 0;
    /** The ClientID of the recording server, which the CTI Server adds to the recording confirmations. */
    private static final String RECORDER = "pbx-simulator-recorder";

    private final SkillGroupStatisticsMapper statistics = new SkillGroupStatisticsMapper();
    private final AgentStatisticsMapper agentStatistics = new AgentStatisticsMapper();

    /** What one type of request does: the only place a request type is named, so adding one is one line. */
    @FunctionalInterface
    private interface Handler<R extends InvokedMessage> {
        void handle(RequestHandler handler, Acd acd, CtiRequester client, R request);
    }

    private static final Map<Class<?>, Handler<?>> HANDLERS = new HashMap<>();
    /** LineType HELP (6): the line of a call for help. */
    private static final int HELP_LINE = 6;
    private static final long NO_CALL_ID = 0xFFFF_FFFFL;

    private static <R extends InvokedMessage> void on(Class<R> type, Handler<R> handler) {
        HANDLERS.put(type, handler);
    }

    static {
        on(SetAgentStateReq.class, (h, acd, client, r) -> h.setAgentState(acd, client, r));
        on(QueryAgentStateReq.class, (h, acd, client, r) -> h.queryAgentState(acd, client, r));
        on(AnswerCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.answer(r.connectionCallId(), r.connectionDeviceId()), new AnswerCallConf(r.invokeId())));
        on(ClearConnectionReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(),
                r.connectionDeviceId(), () -> acd.clearConnection(r.connectionCallId(), r.connectionDeviceId()),
                new ClearConnectionConf(r.invokeId())));
        on(HoldCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.hold(r.connectionCallId(), r.connectionDeviceId()), new HoldCallConf(r.invokeId())));
        on(RetrieveCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(),
                r.heldConnectionDeviceId(), () -> acd.retrieve(r.heldConnectionCallId(), r.heldConnectionDeviceId()),
                new RetrieveCallConf(r.invokeId())));
        on(AlternateCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(),
                r.activeConnectionDeviceId(), () -> acd.alternate(r.activeConnectionCallId(),
                        r.otherConnectionCallId(), r.activeConnectionDeviceId()), new AlternateCallConf(r.invokeId())));
        on(ReconnectCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(),
                r.activeConnectionDeviceId(), () -> acd.reconnect(r.activeConnectionCallId(),
                        r.heldConnectionCallId(), r.activeConnectionDeviceId()), new ReconnectCallConf(r.invokeId())));
        on(ClearCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.clearCall(r.connectionCallId(), r.connectionDeviceId()), new ClearCallConf(r.invokeId())));
        on(DeflectCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.deflect(r.connectionCallId(), r.connectionDeviceId(), r.calledDeviceId()),
                new DeflectCallConf(r.invokeId())));
        on(SendDtmfSignalReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.sendDtmf(r.connectionCallId(), r.connectionDeviceId(), r.dtmfString()),
                new SendDtmfSignalConf(r.invokeId())));
        on(StartRecordingReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.startRecording(r.connectionCallId(), r.connectionDeviceId()),
                new StartRecordingConf(r.invokeId(), ANY_RECORDING_SERVER, r.connectionCallId(), RECORDER, null)));
        on(StopRecordingReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.stopRecording(r.connectionCallId(), r.connectionDeviceId()),
                new StopRecordingConf(r.invokeId(), RECORDER, null)));
        on(BadCallReq.class, (h, acd, client, r) -> control(acd, client, r.invokeId(), r.connectionDeviceId(),
                () -> acd.reportBadLine(r.connectionCallId(), r.connectionDeviceId()), new BadCallConf(r.invokeId())));
        on(MakeCallReq.class, (h, acd, client, r) -> onDevice(acd, client, r.invokeId(), r.agentInstrument(),
                () -> h.makeCall(acd, client, r)));
        on(ConsultationCallReq.class, (h, acd, client, r) -> onDevice(acd, client, r.invokeId(),
                r.activeConnectionDeviceId(), () -> h.consult(acd, client, r)));
        on(TransferCallReq.class, (h, acd, client, r) -> onDevice(acd, client, r.invokeId(),
                r.activeConnectionDeviceId(), () -> h.transfer(acd, client, r)));
        on(ConferenceCallReq.class, (h, acd, client, r) -> onDevice(acd, client, r.invokeId(),
                r.activeConnectionDeviceId(), () -> h.conference(acd, client, r)));
        on(SetCallDataReq.class, (h, acd, client, r) -> reply(client, r.invokeId(), acd.setCallData(
                r.connectionCallId(), r.ani(), r.callerEnteredDigits(),
                r.callVariables().isEmpty() ? null : r.callVariables(), r.namedVariables(), r.namedArrays(),
                r.callWrapupData()), call -> new SetCallDataConf(r.invokeId())));
        on(SnapshotCallReq.class, (h, acd, client, r) -> h.snapshotCall(acd, client, r));
        on(SnapshotDeviceReq.class, (h, acd, client, r) -> h.snapshotDevice(acd, client, r));
        on(QuerySkillGroupStatisticsReq.class, (h, acd, client, r) -> h.skillGroupStatistics(acd, client, r));
        on(QueryAgentStatisticsReq.class, (h, acd, client, r) -> h.agentStatistics(acd, client, r));
        on(SuperviseCallReq.class, (h, acd, client, r) -> h.supervise(acd, client, r));
        on(SupervisorAssistReq.class, (h, acd, client, r) -> help(acd, client, r.invokeId(), agentDevice(acd,
                r.agentInstrument(), r.agentExtension(), r.agentId(), r.connectionDeviceId()), r.connectionCallId(),
                false, help -> new SupervisorAssistConf(r.invokeId(), confirmedCall(help), 1, 0xFFFF, HELP_LINE,
                        help.extension())));
        on(EmergencyCallReq.class, (h, acd, client, r) -> help(acd, client, r.invokeId(), agentDevice(acd,
                r.agentInstrument(), r.agentExtension(), r.agentId(), r.connectionDeviceId()), r.connectionCallId(),
                true, help -> new EmergencyCallConf(r.invokeId(), confirmedCall(help), 1, 0xFFFF, HELP_LINE,
                        help.extension())));
        on(ReleaseCallReq.class, (h, acd, client, r) -> client.reply(new ReleaseCallConf(r.invokeId())));
        on(ClientEventReportReq.class, (h, acd, client, r) -> client.reply(new ClientEventReportConf(r.invokeId())));
        on(UserMessageReq.class, (h, acd, client, r) -> h.userMessage(acd, client, r));
        on(ListAgentTeamReq.class, (h, acd, client, r) -> listAgentTeams(acd, client, r));
        on(MonitorAgentTeamStartReq.class, (h, acd, client, r) -> startTeamMonitor(acd, client, r));
        on(MonitorAgentTeamStopReq.class, (h, acd, client, r) -> client.reply(client.teamMonitors()
                .stop(r.monitorId()) ? new MonitorAgentTeamStopConf(r.invokeId())
                : new FailureConf(r.invokeId(), FailureStatus.INVALID_MONITORID.code())));
    }

    /** True for the requests this handler answers. */
    public static boolean handles(InvokedMessage request) {
        return HANDLERS.containsKey(request.getClass());
    }

    @SuppressWarnings("unchecked")
    public void handle(Acd acd, CtiRequester client, InvokedMessage request) {
        Handler<InvokedMessage> handler = (Handler<InvokedMessage>) HANDLERS.get(request.getClass());
        if (handler == null) {
            fail(client, request.invokeId(), ControlFailureCode.UNRECOGNIZED_OPERATION_REJECTION);
        } else {
            handler.handle(this, acd, client, request);
        }
    }

    // ---------------------------------------------------------------- agents

    private void setAgentState(Acd acd, CtiRequester client, SetAgentStateReq request) {
        long invokeId = request.invokeId();
        Optional<AgentView> agent = acd.findAgent(request.agentId(), null, request.agentInstrument());
        if (agent.isEmpty()) {
            fail(client, invokeId, ControlFailureCode.INVALID_AGENT_ID_SPECIFIED);
            return;
        }
        String agentId = agent.get().agentId();
        if (!mayActOn(client, agentId)) {
            fail(client, invokeId, ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE);
            return;
        }
        Optional<AgentState> target = AgentState.fromWire(request.agentState());
        if (target.isEmpty()) {
            fail(client, invokeId, ControlFailureCode.VALUE_OUT_OF_RANGE);
            return;
        }
        Outcome<AgentView> outcome = switch (target.get()) {
            case LOGIN -> acd.login(agentId, request.agentPassword(), request.agentInstrument());
            case LOGOUT -> acd.logout(agentId, request.eventReasonCode());
            default -> acd.setAgentState(agentId, target.get(), request.eventReasonCode());
        };
        reply(client, invokeId, outcome, view -> new SetAgentStateConf(invokeId));
    }

    private void queryAgentState(Acd acd, CtiRequester client, QueryAgentStateReq request) {
        Optional<AgentView> agent = acd.findAgent(request.agentId(), request.agentExtension(),
                request.agentInstrument());
        if (agent.isEmpty()) {
            fail(client, request.invokeId(), ControlFailureCode.INVALID_AGENT_ID_SPECIFIED);
            return;
        }
        AgentView view = agent.get();
        int state = view.state().wire();
        List<SkillGroupEntry> groups = view.skillGroups().stream()
                .map(number -> new SkillGroupEntry((long) number, acd.skillGroup(number).map(SkillGroupView::id)
                        .orElse(NULL_ID), 0, state)).toList();
        long available = view.state() == AgentState.AVAILABLE ? AgentAvailabilityStatus.ICM_AVAILABLE.wire()
                : AgentAvailabilityStatus.NOT_AVAILABLE.wire();
        client.reply(new QueryAgentStateConf(request.invokeId(), state, groups.size(), 1, view.calls().size(),
                AgentMode.ROUTABLE.wire(), 1, CallFields.skillTargetId(view.agentId()), available, 0,
                view.agentId(), view.extension(), view.instrument(), groups, null, null));
    }

    // ---------------------------------------------------------------- calls

    private interface NewCallConf<C> {
        C create(long invokeId, long newCallId, int deviceIdType, int lineHandle, int lineType, String device);
    }

    private static <C> C newCall(long invokeId, CallView call, String device, NewCallConf<C> conf) {
        return conf.create(invokeId, call.callId(), 0, 0, CallFields.lineType(call), device);
    }

    private void makeCall(Acd acd, CtiRequester client, MakeCallReq request) {
        reply(client, request.invokeId(), acd.makeCall(request.agentInstrument(), request.dialedNumber(),
                request.callVariables(), request.namedVariables()),
                call -> newCall(request.invokeId(), call, request.agentInstrument(), MakeCallConf::new));
    }

    /** A consultation call carries the original call's data unless the request gives its own. */
    private void consult(Acd acd, CtiRequester client, ConsultationCallReq request) {
        CallVariables variables = request.callVariables().isEmpty() ? null : request.callVariables();
        List<NamedVariable> ecc = request.namedVariables().isEmpty() ? null : request.namedVariables();
        reply(client, request.invokeId(), acd.consult(request.activeConnectionCallId(),
                request.activeConnectionDeviceId(), request.dialedNumber(), variables, ecc),
                call -> newCall(request.invokeId(), call, request.activeConnectionDeviceId(),
                        ConsultationCallConf::new));
    }

    private void conference(Acd acd, CtiRequester client, ConferenceCallReq request) {
        long invokeId = request.invokeId();
        reply(client, invokeId, acd.conference(request.activeConnectionCallId(), request.heldConnectionCallId(),
                request.activeConnectionDeviceId()), call -> new ConferenceCallConf(invokeId, call.callId(), 0,
                call.connections().size(), 0, CallFields.lineType(call), request.activeConnectionDeviceId(),
                parties(call)));
    }

    private void transfer(Acd acd, CtiRequester client, TransferCallReq request) {
        long invokeId = request.invokeId();
        boolean singleStep = request.heldConnectionDeviceId() == null || request.heldConnectionCallId() == NULL_ID;
        Outcome<CallView> outcome = singleStep
                ? acd.singleStepTransfer(request.activeConnectionCallId(), request.activeConnectionDeviceId(),
                        request.dialedNumber())
                : acd.transfer(request.activeConnectionCallId(), request.heldConnectionCallId(),
                        request.activeConnectionDeviceId());
        reply(client, invokeId, outcome, call -> new TransferCallConf(invokeId, call.callId(), 0,
                call.connections().size(), 0, CallFields.lineType(call), request.activeConnectionDeviceId(),
                parties(call)));
    }

    private static List<ConnectedParty> parties(CallView call) {
        return call.connections().stream().map(c -> ConnectedParty.of(call.callId(), 0, c.deviceId())).toList();
    }

    private void snapshotCall(Acd acd, CtiRequester client, SnapshotCallReq request) {
        Optional<CallView> found = acd.call(request.connectionCallId());
        if (found.isEmpty()) {
            fail(client, request.invokeId(), ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER);
            return;
        }
        CallView call = found.get();
        DeviceTypes devices = new DeviceTypes();
        List<CallDevice> callDevices = call.connections().stream()
                .map(c -> new CallDevice(call.callId(), 0, c.deviceId(), devices.of(c), c.deviceId(),
                        connectionState(c.state()))).toList();
        client.reply(new SnapshotCallConf(request.invokeId(), CallFields.callType(call), 0, callDevices.size(),
                call.namedVariables().size(), call.namedArrays().size(), 0, call.ani(), null, call.dnis(),
                call.dialedNumber(), call.callerEnteredDigits(), call.routerCallKeyDay(), call.routerCallKeyCallId(),
                call.callVariables(), call.callWrapupData(), call.namedVariables(), call.namedArrays(), List.of(),
                callDevices, null, null, null, null, null, null, null, null));
    }

    private void snapshotDevice(Acd acd, CtiRequester client, SnapshotDeviceReq request) {
        String device = request.agentInstrument();
        Optional<AgentView> agent = acd.findAgent(null, device, device);
        if (agent.isEmpty()) {
            fail(client, request.invokeId(), ControlFailureCode.INVALID_CSTA_DEVICE_IDENTIFIER);
            return;
        }
        List<DeviceCall> calls = acd.callsAt(device).stream().map(call -> {
            ConnectionView connection = call.connections().stream()
                    .filter(c -> agent.get().agentId().equals(c.agentId())).findFirst().orElseThrow();
            return new DeviceCall(call.callId(), 0, connection.deviceId(), connectionState(connection.state()),
                    SilentMonitorStatus.NONE.wire());
        }).toList();
        client.reply(new SnapshotDeviceConf(request.invokeId(), calls.size(), calls));
    }

    static int connectionState(ConnectionState state) {
        return switch (state) {
            case INITIATED -> LocalConnectionState.INITIATE.wire();
            case ALERTING -> LocalConnectionState.ALERTING.wire();
            case CONNECTED -> LocalConnectionState.CONNECT.wire();
            case HELD -> LocalConnectionState.HOLD.wire();
            case QUEUED -> LocalConnectionState.QUEUED.wire();
        };
    }

    private void skillGroupStatistics(Acd acd, CtiRequester client, QuerySkillGroupStatisticsReq request) {
        Optional<SkillGroupView> group = acd.skillGroups().stream()
                .filter(g -> g.number() == request.skillGroupNumber() || g.id() == request.skillGroupId())
                .findFirst();
        if (group.isEmpty()) {
            fail(client, request.invokeId(), ControlFailureCode.INVALID_SKILL_GROUP_SPECIFIED);
            return;
        }
        SkillGroupView view = group.get();
        client.reply(new QuerySkillGroupStatisticsConf(request.invokeId(), acd.peripheralId(), view.number(),
                view.id(), statistics.of(view)));
    }

    private void agentStatistics(Acd acd, CtiRequester client, QueryAgentStatisticsReq request) {
        Optional<AgentStatisticsView> found = acd.agentStatistics(request.agentId(), request.agentExtension(),
                request.agentInstrument());
        if (found.isEmpty()) {
            fail(client, request.invokeId(), ControlFailureCode.INVALID_AGENT_ID_SPECIFIED);
            return;
        }
        AgentView agent = found.get().agent();
        client.reply(new QueryAgentStatisticsConf(request.invokeId(), acd.peripheralId(),
                agentStatistics.of(found.get()), agent.extension(), agent.agentId(), agent.instrument()));
    }

    private void supervise(Acd acd, CtiRequester client, SuperviseCallReq request) {
        long invokeId = request.invokeId();
        Optional<Acd.Supervision> action = SupervisoryAction.fromWire(request.supervisoryAction())
                .flatMap(value -> switch (value) {
                    case BARGE_IN -> Optional.of(Acd.Supervision.BARGE_IN);
                    case INTERCEPT -> Optional.of(Acd.Supervision.INTERCEPT);
                    case MONITOR -> Optional.of(Acd.Supervision.MONITOR);
                    case CLEAR -> Optional.of(Acd.Supervision.CLEAR);
                    // WHISPER: a Unified CM peripheral, which this switch plays, has none
                    default -> Optional.empty();
                });
        if (action.isEmpty()) {
            fail(client, invokeId, ControlFailureCode.INVALID_FEATURE);
            return;
        }
        String supervisorDevice = request.supervisorInstrument() != null ? request.supervisorInstrument()
                : request.supervisorConnectionDeviceId();
        Optional<AgentView> agent = acd.findAgent(request.agentId(), request.agentExtension(),
                request.agentInstrument());
        if (agent.isEmpty() || supervisorDevice == null) {
            fail(client, invokeId, ControlFailureCode.INVALID_AGENT_ID_SPECIFIED);
            return;
        }
        onDevice(acd, client, invokeId, supervisorDevice, () -> reply(client, invokeId,
                acd.supervise(supervisorDevice, agent.get().agentId(), action.get()),
                call -> new SuperviseCallConf(invokeId, call.callId(), 0, supervisorDevice)));
    }

    /**
     * An assist or emergency from the agent's device; FAILURE_CONF E_CTI_SUPERVISOR_NOT_FOUND when no supervisor of
     * its team is logged in. The confirmation names the agent's call (no call is placed to the supervisor: see
     * {@code HelpRequests}).
     */
    private static void help(Acd acd, CtiRequester client, long invokeId, String agentDevice, long callId,
                             boolean emergency, Function<Help, InvokedMessage> confirmation) {
        if (agentDevice == null) {
            fail(client, invokeId, ControlFailureCode.INVALID_AGENT_ID_SPECIFIED);
            return;
        }
        onDevice(acd, client, invokeId, agentDevice, () -> {
            Outcome<Help> outcome = acd.askForHelp(agentDevice, callId == NO_CALL_ID ? -1 : callId, emergency);
            if (outcome instanceof Outcome.Failure<Help> failure && failure.failure() == AcdFailure.NO_SUPERVISOR) {
                client.reply(new FailureConf(invokeId, FailureStatus.SUPERVISOR_NOT_FOUND.code()));
            } else {
                reply(client, invokeId, outcome, confirmation);
            }
        });
    }

    private static long confirmedCall(Help help) {
        return help.callId() < 0 ? NO_CALL_ID : help.callId();
    }

    /** The agent's device: its instrument or extension as given, else the one its agent id is logged in at. */
    private static String agentDevice(Acd acd, String instrument, String extension, String agentId,
                                      String connectionDevice) {
        if (instrument != null || extension != null || agentId != null) {
            return acd.findAgent(agentId, extension, instrument).map(AgentView::extension).orElse(null);
        }
        return connectionDevice;
    }

    // ---------------------------------------------------------------- user messages

    /**
     * Distributes a user message; refused with FAILURE_CONF and the guide's E_CTI_ status (a miscellaneous request,
     * not call control): an unknown distribution, an unknown client, an agent without a team or supervisor.
     */
    // ---------------------------------------------------------------- agent teams

    /**
     * The teams a supervisor may monitor, at most 64 TeamIDs per confirmation (More 1 while others follow).
     * SupervisorID is the supervisor's agent id; 0xFFFFFFFF means the session's own agent, and from a monitor-mode
     * session, which serves every supervisor (a CTI OS server), every team. Refused with FAILURE_CONF
     * E_CTI_SUPERVISOR_NOT_FOUND for an agent who supervises nothing the switch knows.
     */
    private static void listAgentTeams(Acd acd, CtiRequester client, ListAgentTeamReq request) {
        Outcome<List<TeamView>> teams;
        if (request.supervisorId() == NULL_ID && client.agentId().isEmpty()) {
            teams = Outcome.success(acd.teams());
        } else {
            teams = acd.teamsSupervisedBy(request.supervisorId() == NULL_ID ? client.agentId().get()
                    : Long.toString(request.supervisorId()));
        }
        if (teams instanceof Outcome.Failure<List<TeamView>>) {
            client.reply(new FailureConf(request.invokeId(), FailureStatus.SUPERVISOR_NOT_FOUND.code()));
            return;
        }
        List<TeamId> ids = ((Outcome.Success<List<TeamView>>) teams).value().stream()
                .map(team -> new TeamId((long) team.id())).toList();
        int segment = 1;
        int from = 0;
        do {
            List<TeamId> part = ids.subList(from, Math.min(ids.size(), from + ListAgentTeamConf.MAX_TEAMS));
            from += ListAgentTeamConf.MAX_TEAMS;
            client.reply(new ListAgentTeamConf(request.invokeId(), part.size(), segment++, from < ids.size() ? 1 : 0,
                    part));
        } while (from < ids.size());
    }

    /**
     * Starts a team monitor: the confirmation, then the team's whole configuration (AGENT_TEAM_CONFIG_EVENT), as
     * the switch sends it to a supervisor session; the team's configuration changes follow until it stops.
     */
    private static void startTeamMonitor(Acd acd, CtiRequester client, MonitorAgentTeamStartReq request) {
        Outcome<TeamView> team = acd.team(request.teamId());
        if (team instanceof Outcome.Failure<TeamView>) {
            client.reply(new FailureConf(request.invokeId(), FailureStatus.TEAM_NOT_FOUND.code()));
            return;
        }
        Optional<Long> monitorId = client.teamMonitors().start(request.teamId());
        if (monitorId.isEmpty()) {
            client.reply(new FailureConf(request.invokeId(),
                    FailureStatus.AGENT_TEAM_MONITOR_ALREADY_EXISTS.code()));
            return;
        }
        client.reply(new MonitorAgentTeamStartConf(request.invokeId(), monitorId.get()));
        TeamConfigMessages.wholeTeam(acd.peripheralId(), ((Outcome.Success<TeamView>) team).value())
                .forEach(client::reply);
    }

    private void userMessage(Acd acd, CtiRequester client, UserMessageReq request) {
        long invokeId = request.invokeId();
        Optional<MessageRecipients.Distribution> distribution = Distribution.fromWire(request.distribution())
                .map(value -> MessageRecipients.Distribution.valueOf(value.name()));
        if (distribution.isEmpty()) {
            client.reply(new FailureConf(invokeId, FailureStatus.INVALID_DISTRIBUTION_TYPE.code()));
            return;
        }
        MessageRecipients.AgentName named = request.agentId() == null && request.agentExtension() == null
                && request.agentInstrument() == null
                ? client.agentId().map(id -> new MessageRecipients.AgentName(id, null, null)).orElse(null)
                : new MessageRecipients.AgentName(request.agentId(), request.agentExtension(),
                        request.agentInstrument());
        Outcome<UserMessageView> outcome = acd.sendUserMessage(client.clientId(),
                new MessageRecipients(distribution.get(), request.clientId(), named), request.text());
        if (outcome instanceof Outcome.Failure<UserMessageView> failure) {
            client.reply(new FailureConf(invokeId, FailureCodes.statusOf(failure.failure()).code()));
        } else {
            client.reply(new UserMessageConf(invokeId));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a request on a device, unless an agent-mode client names another agent's device. */
    private static void onDevice(Acd acd, CtiRequester client, long invokeId, String device, Runnable request) {
        if (client.agentId().isPresent()) {
            Optional<AgentView> owner = acd.findAgent(null, device, device);
            if (owner.isEmpty() || !owner.get().agentId().equals(client.agentId().get())) {
                fail(client, invokeId, ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE);
                return;
            }
        }
        request.run();
    }

    /** A request on a device's call whose confirmation carries nothing but the InvokeID. */
    private static void control(Acd acd, CtiRequester client, long invokeId, String device,
                                Supplier<Outcome<CallView>> operation, InvokedMessage confirmation) {
        onDevice(acd, client, invokeId, device, () -> reply(client, invokeId, operation.get(), call -> confirmation));
    }

    private static boolean mayActOn(CtiRequester client, String agentId) {
        return client.agentId().map(agentId::equals).orElse(true);
    }

    private static <T> void reply(CtiRequester client, long invokeId, Outcome<T> outcome,
                                  Function<T, InvokedMessage> confirmation) {
        if (outcome instanceof Outcome.Success<T> success) {
            client.reply(confirmation.apply(success.value()));
        } else if (outcome instanceof Outcome.Failure<T> failure) {
            fail(client, invokeId, FailureCodes.of(failure.failure()));
        }
    }

    private static void fail(CtiRequester client, long invokeId, ControlFailureCode code) {
        client.reply(new ControlFailureConf(invokeId, code.wire(), 0));
    }
}
