package org.ctios.connector.adapter.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import org.ctios.connector.adapter.inbound.SnapshotValues;
import org.ctios.connector.adapter.link.CtiLink;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.connector.adapter.link.SentRequest;
import org.ctios.connector.api.AgentStateInfo;
import org.ctios.connector.api.AgentTeamList;
import org.ctios.connector.api.CallInfo;
import org.ctios.connector.api.CtiException;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.connector.api.CtiRequestRefusedException.Refusal;
import org.ctios.connector.api.CtiTimeoutException;
import org.ctios.connector.api.DeviceCall;
import org.ctios.connector.api.RecordingSession;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateReq;
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
import org.ctios.protocol.message.control.SuperviseCallReq;
import org.ctios.protocol.message.control.TransferCallConf;
import org.ctios.protocol.message.control.TransferCallReq;
import org.ctios.protocol.message.messaging.UserMessageConf;
import org.ctios.protocol.message.messaging.UserMessageReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsConf;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsReq;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsConf;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsReq;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.AgentWorkMode;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConnectionDeviceIdType;
import org.ctios.protocol.types.ConsultType;
import org.ctios.protocol.types.DeviceIdType;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.ForcedFlag;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.protocol.types.TeamId;

/**
 * The control requests of the connector, over the one CTI link: each gets its InvokeID from the link, waits for its
 * confirmation no longer than the request timeout (the wait for an earlier request on the same call or agent
 * included), and turns FAILURE_CONF and CONTROL_FAILURE_CONF into {@link CtiRequestRefusedException}.
 */
public final class ControlRequests {

    /** The protocol's "no call" ConnectionCallID, for the held call of a single-step transfer. */
    private static final long NO_CALL = 0xFFFF_FFFFL;
    /** LIST_AGENT_TEAM_REQ's SupervisorID naming no supervisor: every team the session may see. */
    private static final long EVERY_TEAM = 0xFFFF_FFFFL;
    private static final int STATIC_DEVICE = ConnectionDeviceIdType.STATIC.wire();
    /** The recording requests' Direction and RTPType: both directions of the call's audio. */
    private static final int BOTH_DIRECTIONS = 2;
    private static final int AUDIO = 0;

    private final CtiLink link;
    private final long peripheralId;
    private final Duration timeout;
    private final SerialKeys serialKeys = new SerialKeys();

    /**
     * @param settings the peripheral the requests name and how long each waits for its confirmation
     */
    public ControlRequests(CtiLink link, LinkSettings settings) {
        this.link = link;
        this.peripheralId = settings.peripheralId();
        this.timeout = settings.requestTimeout();
    }

    // ---------------------------------------------------------------- agents

    public void login(String agentId, String instrument, String password) {
        requireText(agentId, "agentId");
        requireText(instrument, "instrument");
        send("LOGIN of agent " + agentId, agentKeys(agentId), SetAgentStateConf.class,
                id -> setAgentState(id, agentId, instrument, AgentState.LOGIN, 0, password));
    }

    public void logout(String agentId, String instrument, int reasonCode) {
        setAgentState(agentId, instrument, AgentState.LOGOUT, reasonCode);
    }

    public void setAgentState(String agentId, String instrument, AgentState state, int reasonCode) {
        requireText(agentId, "agentId");
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        if (state == AgentState.LOGIN) {
            throw new IllegalArgumentException("use login(...) to log an agent in: it needs the password");
        }
        if (reasonCode < 0 || reasonCode > 0xFFFF) {
            throw new IllegalArgumentException("reasonCode must be 0..65535, was " + reasonCode);
        }
        send(state + " of agent " + agentId, agentKeys(agentId), SetAgentStateConf.class,
                id -> setAgentState(id, agentId, instrument, state, reasonCode, null));
    }

    private SetAgentStateReq setAgentState(long invokeId, String agentId, String instrument, AgentState state,
                                           int reasonCode, String password) {
        return new SetAgentStateReq(invokeId, peripheralId, state.wire(), AgentWorkMode.UNSPECIFIED.wire(), 0,
                reasonCode, ForcedFlag.FALSE.wire(), 0, instrument == null ? "" : instrument, null, agentId,
                password, null, null, null, List.of());
    }

    public AgentStateInfo queryAgentState(String agentId) {
        requireText(agentId, "agentId");
        QueryAgentStateConf conf = send("QUERY_AGENT_STATE of agent " + agentId, List.of(),
                QueryAgentStateConf.class, id -> new QueryAgentStateReq(id, peripheralId, 1, 0, null, agentId, null));
        return new AgentStateInfo(agentId, conf.agentExtension(), conf.agentInstrument(),
                AgentState.fromWireOrUnknown(conf.agentState()), SnapshotValues.skillGroups(conf), conf.numTasks());
    }

    // ---------------------------------------------------------------- calls

    public void answer(long callId, String device) {
        requireText(device, "device");
        send("ANSWER_CALL of call " + callId + " at " + device, callKeys(callId), AnswerCallConf.class,
                id -> new AnswerCallReq(id, peripheralId, callId, STATIC_DEVICE, device, null));
    }

    public void release(long callId, String device) {
        requireText(device, "device");
        send("CLEAR_CONNECTION of call " + callId + " at " + device, callKeys(callId), ClearConnectionConf.class,
                id -> new ClearConnectionReq(id, peripheralId, callId, STATIC_DEVICE, device, null, null, null));
    }

    public void hold(long callId, String device) {
        requireText(device, "device");
        send("HOLD_CALL of call " + callId + " at " + device, callKeys(callId), HoldCallConf.class,
                id -> new HoldCallReq(id, peripheralId, callId, STATIC_DEVICE, false, device, null));
    }

    public void retrieve(long callId, String device) {
        requireText(device, "device");
        send("RETRIEVE_CALL of call " + callId + " at " + device, callKeys(callId), RetrieveCallConf.class,
                id -> new RetrieveCallReq(id, peripheralId, callId, STATIC_DEVICE, device, null));
    }

    public void alternate(long activeCallId, long heldCallId, String device) {
        requireText(device, "device");
        send("ALTERNATE_CALL of calls " + activeCallId + " and " + heldCallId + " at " + device,
                callKeys(activeCallId, heldCallId), AlternateCallConf.class,
                id -> new AlternateCallReq(id, peripheralId, activeCallId, heldCallId, STATIC_DEVICE, STATIC_DEVICE,
                        device, device, null));
    }

    public void reconnect(long activeCallId, long heldCallId, String device) {
        requireText(device, "device");
        send("RECONNECT_CALL of calls " + activeCallId + " and " + heldCallId + " at " + device,
                callKeys(activeCallId, heldCallId), ReconnectCallConf.class,
                id -> new ReconnectCallReq(id, peripheralId, activeCallId, heldCallId, STATIC_DEVICE, STATIC_DEVICE,
                        device, device, null));
    }

    public void clearCall(long callId, String device) {
        requireText(device, "device");
        send("CLEAR_CALL of call " + callId + " at " + device, callKeys(callId), ClearCallConf.class,
                id -> new ClearCallReq(id, peripheralId, callId, STATIC_DEVICE, device, null));
    }

    /** The destination's DeviceIDType is left to the switch (DEVID_NONE): a number, as for a dialled one. */
    public void deflect(long callId, String device, String destination) {
        requireText(device, "device");
        requireText(destination, "destination");
        send("DEFLECT_CALL of call " + callId + " at " + device + " to " + destination, callKeys(callId),
                DeflectCallConf.class, id -> new DeflectCallReq(id, peripheralId, callId, STATIC_DEVICE,
                        DeviceIdType.NONE.wire(), device, destination, null));
    }

    /** Tone and pause lengths 0: the switch's defaults. The digits' length is the codec's to check (31). */
    public void sendDtmf(long callId, String device, String digits) {
        requireText(device, "device");
        requireText(digits, "digits");
        send("SEND_DTMF_SIGNAL of call " + callId + " at " + device, callKeys(callId), SendDtmfSignalConf.class,
                id -> new SendDtmfSignalReq(id, peripheralId, callId, STATIC_DEVICE, 0, 0, device, digits, null));
    }

    /**
     * Asks for the whole call to be recorded, both directions (Direction 2, audio): the connector carries no media,
     * so the media stream's port, bit rate, packet size and codec are left 0 for the recording server to find. The
     * device goes in AgentInstrument too, as a monitor-mode (ALL_EVENTS) client must name the agent's device.
     */
    public RecordingSession startRecording(long callId, String device) {
        requireText(device, "device");
        StartRecordingConf conf = send("START_RECORDING of call " + callId + " at " + device, callKeys(callId),
                StartRecordingConf.class, id -> new StartRecordingReq(id, peripheralId, callId, 0, 0, 0,
                        STATIC_DEVICE, BOTH_DIRECTIONS, AUDIO, 0, 0, device, null, null, null, null, device));
        return new RecordingSession(callId, device, conf.sessionId(), conf.serverData());
    }

    public void stopRecording(RecordingSession recording) {
        if (recording == null) {
            throw new IllegalArgumentException("recording is required");
        }
        requireText(recording.device(), "device");
        long callId = recording.callId();
        send("STOP_RECORDING of call " + callId + " at " + recording.device(), callKeys(callId),
                StopRecordingConf.class, id -> new StopRecordingReq(id, peripheralId, callId, 0,
                        recording.sessionId(), recording.serverData(), STATIC_DEVICE, BOTH_DIRECTIONS,
                        recording.device(), null, null, null, null, recording.device()));
    }

    public void reportBadCall(long callId, String device) {
        requireText(device, "device");
        send("BAD_CALL of call " + callId + " at " + device, callKeys(callId), BadCallConf.class,
                id -> new BadCallReq(id, peripheralId, STATIC_DEVICE, callId, device, null));
    }

    public long makeCall(String instrument, String dialedNumber, CallVariables callVariables,
                         List<NamedVariable> ecc) {
        requireText(instrument, "instrument");
        requireText(dialedNumber, "dialedNumber");
        List<NamedVariable> named = ecc == null ? List.of() : ecc;
        MakeCallConf conf = send("MAKE_CALL from " + instrument + " to " + dialedNumber,
                List.of("device:" + instrument), MakeCallConf.class,
                id -> new MakeCallReq(id, peripheralId, 0, 0, 0, 0, 0, 0, false, false, named.size(), 0,
                        NO_CALL, instrument, dialedNumber, null, orNone(callVariables), null, named, List.of(), null,
                        null, null, null));
        return conf.newConnectionCallId();
    }

    public long consult(long activeCallId, String device, String dialedNumber, ConsultType purpose) {
        requireText(device, "device");
        requireText(dialedNumber, "dialedNumber");
        int consultType = (purpose == null ? ConsultType.TRANSFER : purpose).wire();
        ConsultationCallConf conf = send("CONSULTATION_CALL on call " + activeCallId + " at " + device + " to "
                        + dialedNumber, callKeys(activeCallId), ConsultationCallConf.class,
                id -> new ConsultationCallReq(id, peripheralId, activeCallId, STATIC_DEVICE, 0, 0, consultType, 0, 0,
                        0, 0, false, false, 0, 0, device, dialedNumber, null, null, CallVariables.none(), null,
                        List.of(), List.of(), null, null, null));
        return conf.newConnectionCallId();
    }

    public long transfer(long activeCallId, long heldCallId, String device) {
        requireText(device, "device");
        TransferCallConf conf = send("TRANSFER_CALL of call " + heldCallId + " to call " + activeCallId + " at "
                        + device, callKeys(activeCallId, heldCallId), TransferCallConf.class,
                id -> transferRequest(id, activeCallId, heldCallId, device, device, null));
        return conf.newConnectionCallId();
    }

    public long singleStepTransfer(long callId, String device, String dialedNumber) {
        requireText(device, "device");
        requireText(dialedNumber, "dialedNumber");
        TransferCallConf conf = send("single-step TRANSFER_CALL of call " + callId + " at " + device + " to "
                        + dialedNumber, callKeys(callId), TransferCallConf.class,
                id -> transferRequest(id, callId, NO_CALL, device, null, dialedNumber));
        return conf.newConnectionCallId();
    }

    private TransferCallReq transferRequest(long invokeId, long activeCallId, long heldCallId, String activeDevice,
                                            String heldDevice, String dialedNumber) {
        return new TransferCallReq(invokeId, peripheralId, activeCallId, heldCallId, STATIC_DEVICE,
                heldDevice == null ? ConnectionDeviceIdType.NONE.wire() : STATIC_DEVICE, 0, 0, 0, 0, 0, 0, false,
                false, 0, 0, activeDevice, heldDevice, null, dialedNumber, null, CallVariables.none(), null,
                List.of(), List.of(), null, null, null);
    }

    public long conference(long activeCallId, long heldCallId, String device) {
        requireText(device, "device");
        ConferenceCallConf conf = send("CONFERENCE_CALL of calls " + activeCallId + " and " + heldCallId + " at "
                        + device, callKeys(activeCallId, heldCallId), ConferenceCallConf.class,
                id -> new ConferenceCallReq(id, peripheralId, heldCallId, activeCallId, STATIC_DEVICE, STATIC_DEVICE,
                        0, 0, 0, 0, 0, 0, false, false, 0, 0, device, device, null, null, null,
                        CallVariables.none(), null, List.of(), List.of(), null, null, null));
        return conf.newConnectionCallId();
    }

    public void setCallData(long callId, CallVariables callVariables, List<NamedVariable> ecc,
                            String callWrapupData) {
        List<NamedVariable> named = ecc == null ? List.of() : ecc;
        send("SET_CALL_DATA of call " + callId, callKeys(callId), SetCallDataConf.class,
                id -> new SetCallDataReq(id, peripheralId, ConnectionDeviceIdType.NONE.wire(), callId, named.size(),
                        0, 0, 0, 0, 0, "", null, null, null, orNone(callVariables), callWrapupData, named,
                        List.of(), null, null, null, null, null, null));
    }

    public CallInfo snapshotCall(long callId) {
        SnapshotCallConf conf = send("SNAPSHOT_CALL of call " + callId, List.of(), SnapshotCallConf.class,
                id -> new SnapshotCallReq(id, peripheralId, callId, ConnectionDeviceIdType.NONE.wire(), ""));
        return new CallInfo(callId, conf.callType(), SnapshotValues.callData(conf), SnapshotValues.parties(conf));
    }

    public List<DeviceCall> snapshotDevice(String instrument) {
        requireText(instrument, "instrument");
        SnapshotDeviceConf conf = send("SNAPSHOT_DEVICE of " + instrument, List.of(), SnapshotDeviceConf.class,
                id -> new SnapshotDeviceReq(id, peripheralId, 0, instrument));
        return conf.calls().stream()
                .filter(call -> call.callConnectionCallId() != null)
                .map(call -> new DeviceCall(call.callConnectionCallId(), call.callConnectionDeviceId(),
                        call.callState() == null ? null
                                : LocalConnectionState.fromWire(call.callState()).orElse(null)))
                .toList();
    }

    public long supervise(String supervisorInstrument, String agentId, SupervisoryAction action) {
        requireText(supervisorInstrument, "supervisorInstrument");
        requireText(agentId, "agentId");
        if (action == null) {
            throw new IllegalArgumentException("action is required");
        }
        SuperviseCallConf conf = send(action + " by " + supervisorInstrument + " on agent " + agentId,
                List.of("agent:" + agentId, "device:" + supervisorInstrument), SuperviseCallConf.class,
                id -> new SuperviseCallReq(id, peripheralId, NO_CALL, NO_CALL, ConnectionDeviceIdType.NONE.wire(),
                        ConnectionDeviceIdType.NONE.wire(), action.wire(), null, null, null, agentId, null,
                        supervisorInstrument));
        return conf.connectionCallId();
    }

    /** SUPERVISOR_ASSIST_REQ about the agent's current call; the call its confirmation names. */
    public long supervisorAssist(String agentInstrument) {
        requireText(agentInstrument, "agentInstrument");
        return send("SUPERVISOR_ASSIST from " + agentInstrument, List.of("device:" + agentInstrument),
                SupervisorAssistConf.class, id -> new SupervisorAssistReq(id, peripheralId, NO_CALL,
                        ConnectionDeviceIdType.NONE.wire(), null, null, null, agentInstrument)).connectionCallId();
    }

    /** EMERGENCY_CALL_REQ about the agent's current call; the call its confirmation names. */
    public long emergencyCall(String agentInstrument) {
        requireText(agentInstrument, "agentInstrument");
        return send("EMERGENCY_CALL from " + agentInstrument, List.of("device:" + agentInstrument),
                EmergencyCallConf.class, id -> new EmergencyCallReq(id, peripheralId, NO_CALL,
                        ConnectionDeviceIdType.NONE.wire(), null, null, null, agentInstrument)).connectionCallId();
    }

    public SkillGroupStatistics skillGroupStatistics(long skillGroupNumber) {
        QuerySkillGroupStatisticsConf conf = send("QUERY_SKILL_GROUP_STATISTICS of skill group " + skillGroupNumber,
                List.of(), QuerySkillGroupStatisticsConf.class,
                id -> new QuerySkillGroupStatisticsReq(id, peripheralId, skillGroupNumber, NO_CALL));
        return conf.statistics();
    }

    /** A read, so it waits behind no request on the agent's device: nothing it answers depends on their order. */
    public AgentStatistics agentStatistics(String agentId) {
        requireText(agentId, "agentId");
        QueryAgentStatisticsConf conf = send("QUERY_AGENT_STATISTICS of agent " + agentId, List.of(),
                QueryAgentStatisticsConf.class, id -> new QueryAgentStatisticsReq(id, peripheralId, null, agentId, null));
        return conf.statistics();
    }

    /**
     * Sends a user message. CLIENT needs the receiving client; SUPERVISOR and TEAM the agent whose team is meant, in
     * AgentID with the PeripheralID, as a monitor-mode client must name it. Nothing is serialised: a message acts on
     * no call or agent. The text's 254 characters are the codec's to check.
     */
    public void sendUserMessage(Distribution distribution, String clientId, String agentId, String text) {
        if (distribution == null) {
            throw new IllegalArgumentException("distribution is required");
        }
        requireText(text, "text");
        if (distribution == Distribution.CLIENT) {
            requireText(clientId, "clientId");
        }
        if (distribution == Distribution.SUPERVISOR || distribution == Distribution.TEAM) {
            requireText(agentId, "agentId");
        }
        send("USER_MESSAGE to " + distribution + (clientId == null ? "" : " " + clientId)
                        + (agentId == null ? "" : " of agent " + agentId), List.of(), UserMessageConf.class,
                id -> new UserMessageReq(id, peripheralId, distribution.wire(), clientId, null, agentId, null, text));
    }

    // ---------------------------------------------------------------- agent teams

    /**
     * The teams a supervisor may monitor: {@code supervisorId} its agent id (the skill target the simulator knows it
     * by), or null for 0xFFFFFFFF, every team this monitor-mode session may see. Only the first confirmation is
     * read; {@link AgentTeamList#moreFollow()} says when the CTI Server had more than 64 teams to list.
     */
    public AgentTeamList listAgentTeams(String supervisorId) {
        long supervisor = EVERY_TEAM;
        if (supervisorId != null) {
            try {
                supervisor = Long.parseLong(supervisorId);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("supervisorId must be a number, not '" + supervisorId + "'");
            }
            if (supervisor < 0 || supervisor >= EVERY_TEAM) {
                throw new IllegalArgumentException("supervisorId " + supervisorId + " is out of range");
            }
        }
        long asked = supervisor;
        ListAgentTeamConf conf = send("LIST_AGENT_TEAM" + (supervisorId == null ? "" : " of " + supervisorId),
                List.of(), ListAgentTeamConf.class, id -> new ListAgentTeamReq(id, asked));
        return new AgentTeamList(conf.teamIds().stream().map(TeamId::teamId).toList(), conf.moreFollow());
    }

    /** Starts a team monitor; answers its MonitorID. Nothing is serialised: it acts on no call or agent. */
    public long startTeamMonitor(long teamId) {
        return send("MONITOR_AGENT_TEAM_START of team " + teamId, List.of(), MonitorAgentTeamStartConf.class,
                id -> new MonitorAgentTeamStartReq(id, teamId)).monitorId();
    }

    public void stopTeamMonitor(long monitorId) {
        send("MONITOR_AGENT_TEAM_STOP of monitor " + monitorId, List.of(), MonitorAgentTeamStopConf.class,
                id -> new MonitorAgentTeamStopReq(id, monitorId));
    }

    // ---------------------------------------------------------------- sending

    /**
     * Sends one request once the keys are free and waits for its answer.
     *
     * @param keys the calls, agents and devices the request acts on; empty for a read
     */
    private <C extends InvokedMessage> C send(String request, Collection<String> keys, Class<C> confirmation,
                                              LongFunction<? extends InvokedMessage> build) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SerialKeys.Held held = serialKeys.acquire(List.copyOf(keys), timeout)) {
            if (held == null) {
                throw new CtiTimeoutException(request + ": an earlier request on the same call or agent was not "
                        + "confirmed within " + timeout);
            }
            SentRequest sent = link.request(build);
            InvokedMessage reply = await(request, sent, deadline);
            if (confirmation.isInstance(reply)) {
                return confirmation.cast(reply);
            }
            if (reply instanceof ControlFailureConf failure) {
                throw new CtiRequestRefusedException(request, Refusal.CONTROL_FAILURE, failure.failureCode(),
                        failure.peripheralErrorCode());
            }
            if (reply instanceof FailureConf failure) {
                throw new CtiRequestRefusedException(request, Refusal.FAILURE, failure.status(), 0);
            }
            throw new CtiException(request + ": the CTI Server answered with " + reply.messageType());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CtiException(request + ": interrupted while waiting", e);
        }
    }

    private InvokedMessage await(String request, SentRequest sent, long deadline) throws InterruptedException {
        try {
            return sent.reply().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            link.abandon(sent.invokeId());
            throw new CtiTimeoutException(request + ": no confirmation within " + timeout + " (InvokeID "
                    + sent.invokeId() + ")");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CtiLinkDownException down) {
                throw new CtiLinkDownException(request + ": " + down.getMessage()
                        + "; whether the CTI Server carried it out is unknown");
            }
            throw new CtiException(request + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            link.abandon(sent.invokeId());
            throw e;
        }
    }

    private static List<String> agentKeys(String agentId) {
        return List.of("agent:" + agentId);
    }

    private static List<String> callKeys(long... callIds) {
        return Arrays.stream(callIds).mapToObj(id -> "call:" + id).toList();
    }

    private static CallVariables orNone(CallVariables variables) {
        return variables == null ? CallVariables.none() : variables;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
