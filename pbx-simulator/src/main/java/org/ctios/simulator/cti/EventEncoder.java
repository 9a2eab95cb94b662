package org.ctios.simulator.cti;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.codec.Layout;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.call.CallConferencedEvent;
import org.ctios.protocol.message.call.CallConnectionClearedEvent;
import org.ctios.protocol.message.call.CallDataUpdateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.call.CallDivertedEvent;
import org.ctios.protocol.message.call.CallEstablishedEvent;
import org.ctios.protocol.message.call.CallHeldEvent;
import org.ctios.protocol.message.call.CallOriginatedEvent;
import org.ctios.protocol.message.call.CallQueuedEvent;
import org.ctios.protocol.message.call.CallRetrievedEvent;
import org.ctios.protocol.message.call.CallTransferredEvent;
import org.ctios.protocol.message.call.EndCallEvent;
import org.ctios.protocol.message.messaging.UserMessageEvent;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.types.AgentAvailabilityStatus;
import org.ctios.protocol.types.AgentMode;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.PgStatus;
import org.ctios.protocol.types.SkillGroupEntry;
import org.ctios.protocol.types.SystemEventId;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.CallKind;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;
import org.ctios.simulator.acd.Help;
import org.ctios.protocol.message.control.EmergencyCallEvent;
import org.ctios.protocol.message.control.SupervisorAssistEvent;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;

/**
 * Turns the switch's events into the CTI Server's protocol events, filled as a Unified CCE agent peripheral fills
 * them: MonitorID 0 (no device monitors), the peripheral's id and type, static connection ids, and the call data on
 * every event that carries it. Each event is built by field name through the message's layout
 * ({@link CtiCodec#builder}), which checks every value against its field and leaves the fields not named at 0 or
 * absent, so this class names what it fills and nothing depends on the order of a record's components.
 */
public final class EventEncoder {

    private static final long NULL_ID = 0xFFFF_FFFFL;
    private static final int MRD_VOICE = 1;

    private final long peripheralId;
    private final Map<Integer, Long> skillGroupIds;
    private final DeviceTypes devices = new DeviceTypes();

    public EventEncoder(Scenario scenario) {
        this.peripheralId = scenario.peripheralId();
        this.skillGroupIds = scenario.skillGroups().stream()
                .collect(Collectors.toMap(SkillGroupProfile::number, SkillGroupProfile::id));
    }

    private long skillGroupId(int number) {
        return skillGroupIds.getOrDefault(number, NULL_ID);
    }

    /** The protocol message for one switch event. */
    public CtiMessage encode(AcdEvent event) {
        if (event instanceof AcdEvent.AgentStateChanged e) {
            return agentState(e.agent());
        } else if (event instanceof AcdEvent.CallBegun e) {
            return beginCall(e.call());
        } else if (event instanceof AcdEvent.CallQueued e) {
            return queued(e);
        } else if (event instanceof AcdEvent.CallDelivered e) {
            return delivered(e);
        } else if (event instanceof AcdEvent.CallOriginated e) {
            return originated(e);
        } else if (event instanceof AcdEvent.CallEstablished e) {
            return established(e);
        } else if (event instanceof AcdEvent.CallDiverted e) {
            return diverted(e);
        } else if (event instanceof AcdEvent.CallHeld e) {
            return connectionEvent(CallHeldEvent.class, e.call(), "holding", e.holding(),
                    LocalConnectionState.HOLD, EventCause.NONE.wire());
        } else if (event instanceof AcdEvent.CallRetrieved e) {
            return connectionEvent(CallRetrievedEvent.class, e.call(), "retrieving", e.retrieving(),
                    LocalConnectionState.CONNECT, EventCause.NONE.wire());
        } else if (event instanceof AcdEvent.ConnectionCleared e) {
            return connectionEvent(CallConnectionClearedEvent.class, e.call(), "releasing", e.released(),
                    LocalConnectionState.NULL, Causes.of(e.cause()));
        } else if (event instanceof AcdEvent.CallCleared e) {
            return callEvent(CallClearedEvent.class, e.call()).set("localConnectionState",
                    LocalConnectionState.NULL.wire()).set("eventCause", Causes.of(e.cause())).build();
        } else if (event instanceof AcdEvent.CallEnded e) {
            return callEvent(EndCallEvent.class, e.call()).build();
        } else if (event instanceof AcdEvent.CallDataUpdated e) {
            return callData(callEvent(CallDataUpdateEvent.class, e.call()), e.call())
                    .set("newConnectionCallId", e.call().callId())
                    .set("newConnectionDeviceId", CallFields.homeDevice(e.call())).build();
        } else if (event instanceof AcdEvent.CallTransferred e) {
            return partiesEvent(CallTransferredEvent.class, e.call(), e.secondaryCallId(), EventCause.TRANSFER.wire())
                    .set("transferringDeviceType", devices.agentDevice())
                    .set("transferredDeviceType", devices.ofDevice(e.call(), e.transferredDevice()))
                    .set("primaryDeviceId", e.transferringDevice()).set("secondaryDeviceId", e.transferringDevice())
                    .set("transferringDeviceId", e.transferringDevice())
                    .set("transferredDeviceId", e.transferredDevice()).build();
        } else if (event instanceof AcdEvent.CallConferenced e) {
            return partiesEvent(CallConferencedEvent.class, e.call(), e.secondaryCallId(), Causes.of(e.cause()))
                    .set("controllerDeviceType", devices.agentDevice())
                    .set("addedPartyDeviceType", devices.ofDevice(e.call(), e.addedPartyDevice()))
                    .set("primaryDeviceId", e.controllerDevice()).set("secondaryDeviceId", e.controllerDevice())
                    .set("controllerDeviceId", e.controllerDevice())
                    .set("addedPartyDeviceId", e.addedPartyDevice()).build();
        } else if (event instanceof AcdEvent.PeripheralStatusChanged e) {
            return peripheralStatus(e);
        } else if (event instanceof AcdEvent.HelpRequested e) {
            return help(e.help());
        } else if (event instanceof AcdEvent.TeamConfigChanged e) {
            return TeamConfigMessages.of(peripheralId, e.team(), e.change(), e.members());
        } else if (event instanceof AcdEvent.UserMessageSent e) {
            return CtiCodec.builder(UserMessageEvent.class).set("icmCentralControllerTime", e.at().getEpochSecond())
                    .set("distribution", Distribution.valueOf(e.message().distribution().name()).wire())
                    .set("clientId", e.message().senderClientId()).set("text", e.message().text()).build();
        }
        throw new IllegalArgumentException("no protocol event for " + event);
    }

    /**
     * SUPERVISOR_ASSIST_EVENT or EMERGENCY_CALL_EVENT. The switch keeps no client sessions or addresses: the client
     * is named after its agent ({@code agent <id>}), its session is 0 and its address (required in the emergency)
     * 0.0.0.0.
     */
    private CtiMessage help(Help help) {
        long callId = help.callId() < 0 ? NULL_ID : help.callId();
        int deviceIdType = help.callId() < 0 ? 0xFFFF : 1;
        String clientId = "agent " + help.agentId();
        if (help.emergency()) {
            return new EmergencyCallEvent(peripheralId, callId, deviceIdType, 0, help.extension(), clientId,
                    "0.0.0.0", help.extension(), help.agentId(), help.extension());
        }
        return new SupervisorAssistEvent(peripheralId, callId, deviceIdType, 0, help.extension(), clientId, null,
                null, help.extension(), help.agentId(), help.extension());
    }

    AgentStateEvent agentState(AgentView agent) {
        int state = agent.state().wire();
        List<SkillGroupEntry> groups = agent.skillGroups().stream()
                .map(number -> SkillGroupEntry.of(number, skillGroupId(number), 0, state)).toList();
        long firstGroup = agent.skillGroups().isEmpty() ? NULL_ID : agent.skillGroups().get(0);
        long available = agent.state() == AgentState.AVAILABLE ? AgentAvailabilityStatus.ICM_AVAILABLE.wire()
                : AgentAvailabilityStatus.NOT_AVAILABLE.wire();
        return CtiCodec.builder(AgentStateEvent.class).set("peripheralId", peripheralId)
                .set("peripheralType", CallFields.PERIPHERAL_TYPE).set("skillGroupState", state)
                .set("skillGroupNumber", firstGroup)
                .set("skillGroupId", firstGroup == NULL_ID ? NULL_ID : skillGroupId((int) firstGroup))
                .set("agentState", state).set("eventReasonCode", agent.pendingState() != null
                        ? agent.pendingReasonCode() : agent.reasonCode())
                .set("nextAgentState", agent.pendingState() == null ? null : agent.pendingState().wire())
                .set("mrdId", MRD_VOICE)
                .set("numTasks", agent.calls().size()).set("agentMode", AgentMode.ROUTABLE.wire())
                .set("maxTaskLimit", 1).set("icmAgentId", CallFields.skillTargetId(agent.agentId()))
                .set("agentAvailabilityStatus", available).set("numFltSkillGroups", groups.size())
                .set("agentId", agent.agentId()).set("agentExtension", agent.extension())
                .set("agentInstrument", agent.instrument()).set("fltSkillGroups", groups).build();
    }

    /** The fields every call event of this peripheral fills alike: the peripheral, the call, its home device. */
    private <M extends CtiMessage> Layout.Builder<M> callEvent(Class<M> type, CallView call) {
        return CtiCodec.builder(type).set("peripheralId", peripheralId)
                .set("peripheralType", CallFields.PERIPHERAL_TYPE).set("connectionCallId", call.callId())
                .set("connectionDeviceId", CallFields.homeDevice(call));
    }

    /** A call's data, as BEGIN_CALL_EVENT and CALL_DATA_UPDATE_EVENT carry it. */
    private static <M extends CtiMessage> Layout.Builder<M> callData(Layout.Builder<M> builder, CallView call) {
        return builder.set("numNamedVariables", call.namedVariables().size())
                .set("numNamedArrays", call.namedArrays().size()).set("callType", CallFields.callType(call))
                .set("ani", call.ani()).set("dnis", call.dnis()).set("dialedNumber", call.dialedNumber())
                .set("callerEnteredDigits", call.callerEnteredDigits()).set("routerCallKeyDay", call.routerCallKeyDay())
                .set("routerCallKeyCallId", call.routerCallKeyCallId()).set("routerCallKeySequenceNumber", 0L)
                .set("callVariables", call.callVariables()).set("callWrapupData", call.callWrapupData())
                .set("namedVariables", call.namedVariables()).set("namedArrays", call.namedArrays());
    }

    /** The routing fields of CALL_DELIVERED, CALL_ORIGINATED and CALL_ESTABLISHED, on the device {@code device}. */
    private <M extends CtiMessage> Layout.Builder<M> routedEvent(Class<M> type, CallView call, String device) {
        return callEvent(type, call).set("lineType", CallFields.lineType(call)).set("serviceNumber", NULL_ID)
                .set("serviceId", NULL_ID).set("skillGroupNumber", CallFields.skillGroupNumber(call))
                .set("skillGroupId", CallFields.skillGroupIdOf(call)).set("connectionDeviceId", device);
    }

    private BeginCallEvent beginCall(CallView call) {
        return callData(callEvent(BeginCallEvent.class, call), call).build();
    }

    private CallQueuedEvent queued(AcdEvent.CallQueued event) {
        CallView call = event.call();
        String queue = call.connections().stream().filter(c -> c.kind() == DeviceKind.QUEUE)
                .findFirst().map(ConnectionView::deviceId).orElse(null);
        List<SkillGroupEntry> groups = call.skillGroupNumber() == null ? List.of()
                : List.of(new SkillGroupEntry((long) call.skillGroupNumber(), call.skillGroupId(), 0, null));
        return callEvent(CallQueuedEvent.class, call).set("serviceNumber", NULL_ID).set("serviceId", NULL_ID)
                .set("queueDeviceType", devices.queue()).set("callingDeviceType", devices.external())
                .set("calledDeviceType", devices.routePoint()).set("lastRedirectDeviceType", 0xFFFF)
                .set("numQueued", event.queueLength()).set("numSkillGroups", groups.size())
                .set("localConnectionState", LocalConnectionState.QUEUED.wire())
                .set("eventCause", EventCause.NONE.wire()).set("queueDeviceId", queue)
                .set("callingDeviceId", call.ani()).set("calledDeviceId", call.dnis()).set("skillGroups", groups)
                .build();
    }

    private CallDeliveredEvent delivered(AcdEvent.CallDelivered event) {
        CallView call = event.call();
        ConnectionView alerting = event.alerting();
        return routedEvent(CallDeliveredEvent.class, call, alerting.deviceId())
                .set("alertingDeviceType", devices.of(alerting))
                .set("callingDeviceType", devices.ofDevice(call, event.callingDevice()))
                .set("calledDeviceType", devices.routePoint()).set("lastRedirectDeviceType", 0xFFFF)
                .set("localConnectionState", LocalConnectionState.ALERTING.wire())
                .set("eventCause", EventCause.NEW_CALL.wire()).set("numNamedVariables", call.namedVariables().size())
                .set("numNamedArrays", call.namedArrays().size()).set("alertingDeviceId", alerting.deviceId())
                .set("callingDeviceId", event.callingDevice()).set("calledDeviceId", CallFields.calledDevice(call))
                .set("ani", call.ani()).set("dnis", call.dnis()).set("dialedNumber", call.dialedNumber())
                .set("callerEnteredDigits", call.callerEnteredDigits()).set("callVariables", call.callVariables())
                .set("callWrapupData", call.callWrapupData()).set("namedVariables", call.namedVariables())
                .set("namedArrays", call.namedArrays()).build();
    }

    private CallOriginatedEvent originated(AcdEvent.CallOriginated event) {
        CallView call = event.call();
        return routedEvent(CallOriginatedEvent.class, call, event.originating().deviceId())
                .set("callingDeviceType", devices.of(event.originating()))
                .set("calledDeviceType", devices.ofDevice(call, event.calledDevice()))
                .set("localConnectionState", LocalConnectionState.INITIATE.wire())
                .set("eventCause", call.kind() == CallKind.CONSULT ? EventCause.CONSULT.wire()
                        : EventCause.NEW_CALL.wire())
                .set("callingDeviceId", event.originating().deviceId()).set("calledDeviceId", event.calledDevice())
                .build();
    }

    private CallEstablishedEvent established(AcdEvent.CallEstablished event) {
        CallView call = event.call();
        ConnectionView answering = event.answering();
        return routedEvent(CallEstablishedEvent.class, call, answering.deviceId())
                .set("answeringDeviceType", devices.of(answering))
                .set("callingDeviceType", devices.ofDevice(call, event.callingDevice()))
                .set("calledDeviceType", devices.routePoint()).set("lastRedirectDeviceType", 0xFFFF)
                .set("localConnectionState", LocalConnectionState.CONNECT.wire())
                .set("eventCause", EventCause.NONE.wire()).set("answeringDeviceId", answering.deviceId())
                .set("callingDeviceId", event.callingDevice()).set("calledDeviceId", CallFields.calledDevice(call))
                .build();
    }

    /** A deflection: the call left the diverting device, which is no longer on it, for the called one. */
    private CallDivertedEvent diverted(AcdEvent.CallDiverted event) {
        String diverting = event.diverting().deviceId();
        return callEvent(CallDivertedEvent.class, event.call()).set("serviceNumber", NULL_ID).set("serviceId", NULL_ID)
                .set("divertingDeviceType", devices.of(event.diverting()))
                .set("calledDeviceType", devices.of(event.calledKind()))
                .set("localConnectionState", LocalConnectionState.NULL.wire())
                .set("eventCause", EventCause.REDIRECTED.wire()).set("connectionDeviceId", diverting)
                .set("divertingDeviceId", diverting).set("calledDeviceId", event.calledDevice()).build();
    }

    /** CALL_HELD, CALL_RETRIEVED, CALL_CONNECTION_CLEARED: one connection ({@code role} holding...) changed. */
    private <M extends CtiMessage> M connectionEvent(Class<M> type, CallView call, String role,
                                                     ConnectionView connection, LocalConnectionState state,
                                                     int cause) {
        return callEvent(type, call).set(role + "DeviceType", devices.of(connection))
                .set("localConnectionState", state.wire()).set("eventCause", cause)
                .set("connectionDeviceId", connection.deviceId()).set(role + "DeviceId", connection.deviceId())
                .build();
    }

    /** CALL_TRANSFERRED and CALL_CONFERENCED: the call's parties after the change. */
    private <M extends CtiMessage> Layout.Builder<M> partiesEvent(Class<M> type, CallView call, long secondaryCallId,
                                                                  int cause) {
        List<ConnectedParty> parties = call.connections().stream()
                .map(c -> ConnectedParty.of(call.callId(), 0, c.deviceId())).toList();
        return CtiCodec.builder(type).set("peripheralId", peripheralId)
                .set("peripheralType", CallFields.PERIPHERAL_TYPE).set("primaryCallId", call.callId())
                .set("lineType", CallFields.lineType(call)).set("skillGroupNumber", CallFields.skillGroupNumber(call))
                .set("skillGroupId", CallFields.skillGroupIdOf(call)).set("numParties", parties.size())
                .set("secondaryCallId", secondaryCallId < 0 ? NULL_ID : secondaryCallId)
                .set("localConnectionState", LocalConnectionState.CONNECT.wire()).set("eventCause", cause)
                .set("connectedParties", parties);
    }

    private SystemEvent peripheralStatus(AcdEvent.PeripheralStatusChanged event) {
        long eventId = event.online() ? SystemEventId.PERIPHERAL_ONLINE.wire()
                : SystemEventId.PERIPHERAL_OFFLINE.wire();
        long status = event.online() ? 0 : PgStatus.PERIPHERAL_OFFLINE.bit();
        return CtiCodec.builder(SystemEvent.class).set("pgStatus", status)
                .set("icmCentralControllerTime", event.at().getEpochSecond()).set("systemEventId", eventId)
                .set("systemEventArg1", peripheralId).set("eventDeviceType", 0xFFFF)
                .set("text", "peripheral " + peripheralId + (event.online() ? " online" : " offline")).build();
    }
}
