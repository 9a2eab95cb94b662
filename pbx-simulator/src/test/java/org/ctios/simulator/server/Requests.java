package org.ctios.simulator.server;

import java.util.List;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateReq;
import org.ctios.protocol.message.calldata.SetCallDataReq;
import org.ctios.protocol.message.control.AlternateCallReq;
import org.ctios.protocol.message.control.AnswerCallReq;
import org.ctios.protocol.message.control.BadCallReq;
import org.ctios.protocol.message.control.ClearCallReq;
import org.ctios.protocol.message.control.ClearConnectionReq;
import org.ctios.protocol.message.control.ConferenceCallReq;
import org.ctios.protocol.message.control.ConsultationCallReq;
import org.ctios.protocol.message.control.DeflectCallReq;
import org.ctios.protocol.message.control.HoldCallReq;
import org.ctios.protocol.message.control.MakeCallReq;
import org.ctios.protocol.message.control.ReconnectCallReq;
import org.ctios.protocol.message.control.RetrieveCallReq;
import org.ctios.protocol.message.control.SendDtmfSignalReq;
import org.ctios.protocol.message.control.StartRecordingReq;
import org.ctios.protocol.message.control.StopRecordingReq;
import org.ctios.protocol.message.control.SuperviseCallReq;
import org.ctios.protocol.message.control.TransferCallReq;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsReq;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;

/** Control requests as a desktop would send them, with the fields that do not matter here left neutral. */
final class Requests {

    static final long PERIPHERAL = 5000;
    private static final long NONE = 0xFFFF_FFFFL;

    private Requests() {
    }

    static SetAgentStateReq setAgentState(long invokeId, String agentId, String instrument, AgentState state,
                                          int reasonCode, String password) {
        return new SetAgentStateReq(invokeId, PERIPHERAL, state.wire(), 0, 0, reasonCode, 0, 0, instrument, null,
                agentId, password, null, null, null, List.of());
    }

    static QueryAgentStateReq queryAgent(long invokeId, String agentId) {
        return new QueryAgentStateReq(invokeId, PERIPHERAL, 1, 0, null, agentId, null);
    }

    static AnswerCallReq answer(long invokeId, long callId, String device) {
        return new AnswerCallReq(invokeId, PERIPHERAL, callId, 0, device, device);
    }

    static HoldCallReq hold(long invokeId, long callId, String device) {
        return new HoldCallReq(invokeId, PERIPHERAL, callId, 0, false, device, device);
    }

    static RetrieveCallReq retrieve(long invokeId, long callId, String device) {
        return new RetrieveCallReq(invokeId, PERIPHERAL, callId, 0, device, device);
    }

    static ClearConnectionReq clear(long invokeId, long callId, String device) {
        return new ClearConnectionReq(invokeId, PERIPHERAL, callId, 0, device, device, null, null);
    }

    static MakeCallReq makeCall(long invokeId, String instrument, String dialed) {
        return new MakeCallReq(invokeId, PERIPHERAL, 0, 0, 0, 0, 0, 0, false, false, 0, 0, NONE, instrument, dialed,
                null, CallVariables.none(), null, List.of(), List.of(), null, null, null, null);
    }

    static ConsultationCallReq consult(long invokeId, long activeCallId, String device, String dialed) {
        return new ConsultationCallReq(invokeId, PERIPHERAL, activeCallId, 0, 0, 0, 1, 0, 0, 0, 0, false, false, 0, 0,
                device, dialed, device, null, CallVariables.none(), null, List.of(), List.of(), null, null, null);
    }

    static TransferCallReq transfer(long invokeId, long activeCallId, long heldCallId, String device) {
        return new TransferCallReq(invokeId, PERIPHERAL, activeCallId, heldCallId, 0, 0, 0, 0, 0, 0, 0, 0, false,
                false, 0, 0, device, device, device, null, null, CallVariables.none(), null, List.of(), List.of(),
                null, null, null);
    }

    static TransferCallReq singleStepTransfer(long invokeId, long callId, String device, String dialed) {
        return new TransferCallReq(invokeId, PERIPHERAL, callId, NONE, 0, 0xFFFF, 0, 0, 0, 0, 0, 0, false, false, 0,
                0, device, null, device, dialed, null, CallVariables.none(), null, List.of(), List.of(), null, null,
                null);
    }

    static ConferenceCallReq conference(long invokeId, long activeCallId, long heldCallId, String device) {
        return new ConferenceCallReq(invokeId, PERIPHERAL, heldCallId, activeCallId, 0, 0, 0, 0, 0, 0, 0, 0, false,
                false, 0, 0, device, device, device, null, null, CallVariables.none(), null, List.of(), List.of(),
                null, null, null);
    }

    static SetCallDataReq setCallData(long invokeId, long callId, CallVariables variables,
                                      List<NamedVariable> ecc) {
        return new SetCallDataReq(invokeId, PERIPHERAL, 0, callId, ecc.size(), 0, 0xFFFF, 0, 0, 0, "", null, null,
                null, variables, null, ecc, List.of(), null, null, null, null, null, null);
    }

    static SnapshotCallReq snapshotCall(long invokeId, long callId) {
        return new SnapshotCallReq(invokeId, PERIPHERAL, callId, 0, "");
    }

    static SnapshotDeviceReq snapshotDevice(long invokeId, String instrument) {
        return new SnapshotDeviceReq(invokeId, PERIPHERAL, 0, instrument);
    }

    static QuerySkillGroupStatisticsReq skillGroupStatistics(long invokeId, long number) {
        return new QuerySkillGroupStatisticsReq(invokeId, PERIPHERAL, number, NONE);
    }

    static QueryAgentStatisticsReq agentStatistics(long invokeId, String agentId) {
        return new QueryAgentStatisticsReq(invokeId, PERIPHERAL, null, agentId, null);
    }

    static AlternateCallReq alternate(long invokeId, long activeCallId, long otherCallId, String device) {
        return new AlternateCallReq(invokeId, PERIPHERAL, activeCallId, otherCallId, 0, 0, device, device, null);
    }

    static ReconnectCallReq reconnect(long invokeId, long activeCallId, long heldCallId, String device) {
        return new ReconnectCallReq(invokeId, PERIPHERAL, activeCallId, heldCallId, 0, 0, device, device, device);
    }

    static ClearCallReq clearCall(long invokeId, long callId, String device) {
        return new ClearCallReq(invokeId, PERIPHERAL, callId, 0, device, device);
    }

    static DeflectCallReq deflect(long invokeId, long callId, String device, String destination) {
        return new DeflectCallReq(invokeId, PERIPHERAL, callId, 0, 0, device, destination, device);
    }

    static SendDtmfSignalReq dtmf(long invokeId, long callId, String device, String digits) {
        return new SendDtmfSignalReq(invokeId, PERIPHERAL, callId, 0, 0, 0, device, digits, device);
    }

    static StartRecordingReq startRecording(long invokeId, long callId, String device) {
        return new StartRecordingReq(invokeId, PERIPHERAL, callId, 40_000, 0, 20, 0, 2, 0, 0, 0, device, null, null,
                null, null, device);
    }

    static StopRecordingReq stopRecording(long invokeId, long callId, String device, long sessionId,
                                          long serverData) {
        return new StopRecordingReq(invokeId, PERIPHERAL, callId, 40_000, sessionId, serverData, 0, 2, device, null,
                null, null, null, device);
    }

    static BadCallReq badCall(long invokeId, long callId, String device) {
        return new BadCallReq(invokeId, PERIPHERAL, 0, callId, device, null);
    }

    static SuperviseCallReq supervise(long invokeId, String supervisorInstrument, String agentId,
                                      SupervisoryAction action) {
        return new SuperviseCallReq(invokeId, PERIPHERAL, NONE, NONE, 0, 0, action.wire(), null, null, null, agentId,
                null, supervisorInstrument);
    }
}
