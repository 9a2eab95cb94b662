package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateReq;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.call.CallConferencedEvent;
import org.ctios.protocol.message.call.CallConnectionClearedEvent;
import org.ctios.protocol.message.call.CallDataUpdateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.call.CallDivertedEvent;
import org.ctios.protocol.message.call.CallEstablishedEvent;
import org.ctios.protocol.message.call.CallFailedEvent;
import org.ctios.protocol.message.call.CallHeldEvent;
import org.ctios.protocol.message.call.CallOriginatedEvent;
import org.ctios.protocol.message.call.CallQueuedEvent;
import org.ctios.protocol.message.call.CallReachedNetworkEvent;
import org.ctios.protocol.message.call.CallRetrievedEvent;
import org.ctios.protocol.message.call.CallServiceInitiatedEvent;
import org.ctios.protocol.message.call.CallTransferredEvent;
import org.ctios.protocol.message.call.CallTranslationRouteEvent;
import org.ctios.protocol.message.call.EndCallEvent;
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
import org.ctios.protocol.message.control.SupervisorAssistConf;
import org.ctios.protocol.message.control.SupervisorAssistEvent;
import org.ctios.protocol.message.control.SupervisorAssistReq;
import org.ctios.protocol.message.control.EmergencyCallConf;
import org.ctios.protocol.message.control.EmergencyCallEvent;
import org.ctios.protocol.message.control.EmergencyCallReq;
import org.ctios.protocol.message.control.SuperviseCallReq;
import org.ctios.protocol.message.control.TransferCallConf;
import org.ctios.protocol.message.control.TransferCallReq;
import org.ctios.protocol.message.messaging.UserMessageConf;
import org.ctios.protocol.message.messaging.UserMessageEvent;
import org.ctios.protocol.message.messaging.UserMessageReq;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsConf;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsReq;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsConf;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsReq;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.message.team.AgentTeamConfigEvent;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;

/** Every message the codec supports survives encode then decode unchanged, for generated values of every field. */
class RoundTripPropertyTest {

    /** One record type per supported message type; {@link #everySupportedTypeHasAGenerator()} keeps it complete. */
    static final List<Class<? extends Record>> MESSAGE_RECORDS = List.of(
            AgentStateEvent.class, QueryAgentStateConf.class, QueryAgentStateReq.class, SetAgentStateConf.class,
            SetAgentStateReq.class, BeginCallEvent.class, CallClearedEvent.class, CallConferencedEvent.class,
            CallConnectionClearedEvent.class, CallDataUpdateEvent.class, CallDeliveredEvent.class,
            CallDivertedEvent.class, CallEstablishedEvent.class, CallFailedEvent.class, CallHeldEvent.class,
            CallOriginatedEvent.class, CallQueuedEvent.class, CallReachedNetworkEvent.class,
            CallRetrievedEvent.class, CallServiceInitiatedEvent.class, CallTransferredEvent.class,
            CallTranslationRouteEvent.class, EndCallEvent.class, ClientEventReportConf.class,
            ClientEventReportReq.class, ReleaseCallConf.class, ReleaseCallReq.class, SetCallDataConf.class,
            SetCallDataReq.class, AnswerCallConf.class, AnswerCallReq.class, ClearConnectionConf.class,
            ClearConnectionReq.class, ConferenceCallConf.class, ConferenceCallReq.class, ConsultationCallConf.class,
            ConsultationCallReq.class, ControlFailureConf.class, HoldCallConf.class, HoldCallReq.class,
            MakeCallConf.class, MakeCallReq.class, RetrieveCallConf.class, RetrieveCallReq.class,
            SuperviseCallConf.class, SuperviseCallReq.class, TransferCallConf.class, TransferCallReq.class,
            CloseConf.class, CloseReq.class, FailureConf.class, FailureEvent.class, HeartbeatConf.class,
            HeartbeatReq.class, OpenConf.class, OpenReq.class, SnapshotCallConf.class, SnapshotCallReq.class,
            SnapshotDeviceConf.class, SnapshotDeviceReq.class, QuerySkillGroupStatisticsConf.class,
            QuerySkillGroupStatisticsReq.class, QueryAgentStatisticsReq.class, QueryAgentStatisticsConf.class,
            SystemEvent.class, AlternateCallReq.class, AlternateCallConf.class,
            ReconnectCallReq.class, ReconnectCallConf.class, ClearCallReq.class, ClearCallConf.class,
            DeflectCallReq.class, DeflectCallConf.class, SendDtmfSignalReq.class, SendDtmfSignalConf.class,
            StartRecordingReq.class, StartRecordingConf.class, StopRecordingReq.class, StopRecordingConf.class,
            BadCallReq.class, BadCallConf.class,
            SupervisorAssistReq.class, SupervisorAssistConf.class, SupervisorAssistEvent.class,
            EmergencyCallReq.class, EmergencyCallConf.class, EmergencyCallEvent.class,
            UserMessageReq.class, UserMessageConf.class, UserMessageEvent.class,
            AgentTeamConfigEvent.class, ListAgentTeamReq.class, ListAgentTeamConf.class,
            MonitorAgentTeamStartReq.class, MonitorAgentTeamStartConf.class, MonitorAgentTeamStopReq.class,
            MonitorAgentTeamStopConf.class);

    private final CtiCodec codec = CtiCodec.v24();

    @Provide
    Arbitrary<CtiMessage> messages() {
        return Arbitraries.oneOf(MESSAGE_RECORDS.stream()
                .<Arbitrary<? extends CtiMessage>>map(type -> MessageArbitraries.of(type).map(m -> (CtiMessage) m))
                .toList());
    }

    @Property(tries = 20_000)
    void decodingTheEncodingGivesTheMessageBack(@ForAll("messages") CtiMessage message) throws Exception {
        byte[] frame;
        try {
            frame = codec.encode(message);
        } catch (ProtocolException refused) {
            // A generated message may lack a field the layout requires; the encoder must say exactly that.
            assertThat(refused.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
            return;
        }

        CtiMessage decoded = codec.decodeFrame(frame, 0, frame.length);

        assertThat(decoded).isEqualTo(message);
        assertThat(codec.encode(decoded)).isEqualTo(frame);
    }

    @Property(tries = 2_000)
    void version20OpenConfRoundTripsWithoutSessionType(@ForAll("openConfs") OpenConf message) throws Exception {
        CtiCodec v20 = new CtiCodec(ProtocolVersion.V20);

        OpenConf decoded = (OpenConf) v20.decodeFrame(v20.encode(message), 0, v20.encode(message).length);

        assertThat(decoded).isEqualTo(new OpenConf(message.invokeId(), message.servicesGranted(),
                message.monitorId(), message.pgStatus(), message.icmCentralControllerTime(),
                message.peripheralOnline(), message.peripheralType(), message.agentState(), message.departmentId(), 0,
                message.agentExtension(), message.agentId(), message.agentInstrument(), message.numPeripherals(),
                message.peripherals()));
    }

    @Provide
    Arbitrary<OpenConf> openConfs() {
        return MessageArbitraries.of(OpenConf.class);
    }

    @Example
    void everySupportedTypeHasAGenerator() {
        Set<MessageType> generated = MESSAGE_RECORDS.stream()
                .map(type -> MessageArbitraries.of(type).sample())
                .map(message -> ((CtiMessage) message).messageType())
                .collect(Collectors.toSet());
        assertThat(generated).containsExactlyInAnyOrderElementsOf(CtiCodec.supportedTypes());
    }
}
