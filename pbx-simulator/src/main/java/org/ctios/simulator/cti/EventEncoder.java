package org.ctios.simulator.cti;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.call.CallConferencedEvent;
import org.ctios.protocol.message.call.CallConnectionClearedEvent;
import org.ctios.protocol.message.call.CallDataUpdateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.call.CallEstablishedEvent;
import org.ctios.protocol.message.call.CallHeldEvent;
import org.ctios.protocol.message.call.CallOriginatedEvent;
import org.ctios.protocol.message.call.CallQueuedEvent;
import org.ctios.protocol.message.call.CallRetrievedEvent;
import org.ctios.protocol.message.call.CallTransferredEvent;
import org.ctios.protocol.message.call.EndCallEvent;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.types.AgentAvailabilityStatus;
import org.ctios.protocol.types.AgentMode;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ConnectedParty;
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
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;

/**
 * Turns the switch's events into the CTI Server's protocol events, filled as a Unified CCE agent peripheral fills
 * them: MonitorID 0 (no device monitors), the peripheral's id and type, static connection ids, and the call data on
 * every event that carries it.
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
        } else if (event instanceof AcdEvent.CallHeld e) {
            return held(e.call(), e.holding());
        } else if (event instanceof AcdEvent.CallRetrieved e) {
            return retrieved(e.call(), e.retrieving());
        } else if (event instanceof AcdEvent.ConnectionCleared e) {
            return connectionCleared(e);
        } else if (event instanceof AcdEvent.CallCleared e) {
            return new CallClearedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, e.call().callId(),
                    LocalConnectionState.NULL.wire(), Causes.of(e.cause()), CallFields.homeDevice(e.call()));
        } else if (event instanceof AcdEvent.CallEnded e) {
            return new EndCallEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, e.call().callId(),
                    CallFields.homeDevice(e.call()));
        } else if (event instanceof AcdEvent.CallDataUpdated e) {
            return dataUpdated(e.call());
        } else if (event instanceof AcdEvent.CallTransferred e) {
            return transferred(e);
        } else if (event instanceof AcdEvent.CallConferenced e) {
            return conferenced(e);
        } else if (event instanceof AcdEvent.PeripheralStatusChanged e) {
            return peripheralStatus(e);
        }
        throw new IllegalArgumentException("no protocol event for " + event);
    }

    AgentStateEvent agentState(AgentView agent) {
        int state = agent.state().wire();
        List<SkillGroupEntry> groups = agent.skillGroups().stream()
                .map(number -> SkillGroupEntry.of(number, skillGroupId(number), 0, state)).toList();
        long firstGroup = agent.skillGroups().isEmpty() ? NULL_ID : agent.skillGroups().get(0);
        long available = agent.state() == AgentState.AVAILABLE ? AgentAvailabilityStatus.ICM_AVAILABLE.wire()
                : AgentAvailabilityStatus.NOT_AVAILABLE.wire();
        return new AgentStateEvent(0, peripheralId, 0, CallFields.PERIPHERAL_TYPE, state, 0, firstGroup,
                firstGroup == NULL_ID ? NULL_ID : skillGroupId((int) firstGroup), 0, state,
                agent.reasonCode(), MRD_VOICE, agent.calls().size(), AgentMode.ROUTABLE.wire(), 1,
                CallFields.skillTargetId(agent.agentId()), available, groups.size(), 0, null, agent.agentId(),
                agent.extension(), null, agent.instrument(), null, null, null, groups, null);
    }

    private BeginCallEvent beginCall(CallView call) {
        return new BeginCallEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.namedVariables().size(),
                call.namedArrays().size(), CallFields.callType(call), 0, call.callId(), 0,
                CallFields.homeDevice(call), call.ani(), null, call.dnis(), call.dialedNumber(),
                call.callerEnteredDigits(), call.routerCallKeyDay(), call.routerCallKeyCallId(), 0L,
                call.callVariables(), call.callWrapupData(), call.namedVariables(), call.namedArrays(), List.of(),
                null);
    }

    private CallQueuedEvent queued(AcdEvent.CallQueued event) {
        CallView call = event.call();
        String queue = call.connections().stream().filter(c -> c.kind() == DeviceKind.QUEUE)
                .findFirst().map(ConnectionView::deviceId).orElse(null);
        List<SkillGroupEntry> groups = call.skillGroupNumber() == null ? List.of()
                : List.of(new SkillGroupEntry((long) call.skillGroupNumber(), call.skillGroupId(), 0, null));
        return new CallQueuedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), NULL_ID, NULL_ID,
                devices.queue(), devices.external(), devices.routePoint(), 0xFFFF, event.queueLength(),
                groups.size(), LocalConnectionState.QUEUED.wire(), EventCause.NONE.wire(),
                CallFields.homeDevice(call), queue, call.ani(), call.dnis(), null, groups);
    }

    private CallDeliveredEvent delivered(AcdEvent.CallDelivered event) {
        CallView call = event.call();
        ConnectionView alerting = event.alerting();
        return new CallDeliveredEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), 0,
                CallFields.lineType(call), NULL_ID, NULL_ID, CallFields.skillGroupNumber(call),
                CallFields.skillGroupIdOf(call), 0, devices.of(alerting), devices.ofDevice(call, event.callingDevice()),
                devices.routePoint(), 0xFFFF, LocalConnectionState.ALERTING.wire(), EventCause.NEW_CALL.wire(),
                call.namedVariables().size(), call.namedArrays().size(), alerting.deviceId(), alerting.deviceId(),
                event.callingDevice(), CallFields.calledDevice(call), null, null, null, null, call.ani(), null, null,
                call.dnis(), call.dialedNumber(), call.callerEnteredDigits(), call.callVariables(),
                call.callWrapupData(), call.namedVariables(), call.namedArrays());
    }

    private CallOriginatedEvent originated(AcdEvent.CallOriginated event) {
        CallView call = event.call();
        return new CallOriginatedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), 0,
                CallFields.lineType(call), NULL_ID, NULL_ID, CallFields.skillGroupNumber(call),
                CallFields.skillGroupIdOf(call), 0, devices.of(event.originating()),
                devices.ofDevice(call, event.calledDevice()), LocalConnectionState.INITIATE.wire(),
                call.kind() == CallKind.CONSULT ? EventCause.CONSULT.wire()
                        : EventCause.NEW_CALL.wire(),
                event.originating().deviceId(), event.originating().deviceId(), event.calledDevice());
    }

    private CallEstablishedEvent established(AcdEvent.CallEstablished event) {
        CallView call = event.call();
        ConnectionView answering = event.answering();
        return new CallEstablishedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), 0,
                CallFields.lineType(call), NULL_ID, NULL_ID, CallFields.skillGroupNumber(call),
                CallFields.skillGroupIdOf(call), 0, devices.of(answering),
                devices.ofDevice(call, event.callingDevice()), devices.routePoint(), 0xFFFF,
                LocalConnectionState.CONNECT.wire(), EventCause.NONE.wire(), answering.deviceId(),
                answering.deviceId(), event.callingDevice(), CallFields.calledDevice(call), null, null, null);
    }

    private CallHeldEvent held(CallView call, ConnectionView holding) {
        return new CallHeldEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), devices.of(holding),
                LocalConnectionState.HOLD.wire(), EventCause.NONE.wire(), holding.deviceId(), holding.deviceId());
    }

    private CallRetrievedEvent retrieved(CallView call, ConnectionView retrieving) {
        return new CallRetrievedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(),
                devices.of(retrieving), LocalConnectionState.CONNECT.wire(), EventCause.NONE.wire(),
                retrieving.deviceId(), retrieving.deviceId());
    }

    private CallConnectionClearedEvent connectionCleared(AcdEvent.ConnectionCleared event) {
        ConnectionView released = event.released();
        return new CallConnectionClearedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, event.call().callId(),
                devices.of(released), LocalConnectionState.NULL.wire(), Causes.of(event.cause()),
                released.deviceId(), released.deviceId());
    }

    private CallDataUpdateEvent dataUpdated(CallView call) {
        return new CallDataUpdateEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.namedVariables().size(),
                call.namedArrays().size(), CallFields.callType(call), 0, call.callId(), 0, call.callId(), 0, 0, 0,
                CallFields.homeDevice(call), CallFields.homeDevice(call), call.ani(), null, call.dnis(),
                call.dialedNumber(), call.callerEnteredDigits(), call.routerCallKeyDay(), call.routerCallKeyCallId(),
                0L, call.callVariables(), call.callWrapupData(), call.namedVariables(), call.namedArrays(), null, null,
                List.of(), null);
    }

    private CallTransferredEvent transferred(AcdEvent.CallTransferred event) {
        CallView call = event.call();
        List<ConnectedParty> parties = parties(call);
        long secondary = event.secondaryCallId() < 0 ? NULL_ID : event.secondaryCallId();
        return new CallTransferredEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), 0,
                CallFields.lineType(call), CallFields.skillGroupNumber(call), CallFields.skillGroupIdOf(call), 0,
                parties.size(), 0, secondary, devices.agentDevice(), devices.ofDevice(call, event.transferredDevice()),
                LocalConnectionState.CONNECT.wire(), EventCause.TRANSFER.wire(), event.transferringDevice(),
                event.transferringDevice(), event.transferringDevice(), event.transferredDevice(), parties);
    }

    private CallConferencedEvent conferenced(AcdEvent.CallConferenced event) {
        CallView call = event.call();
        List<ConnectedParty> parties = parties(call);
        long secondary = event.secondaryCallId() < 0 ? NULL_ID : event.secondaryCallId();
        return new CallConferencedEvent(0, peripheralId, CallFields.PERIPHERAL_TYPE, 0, call.callId(), 0,
                CallFields.lineType(call), CallFields.skillGroupNumber(call), CallFields.skillGroupIdOf(call), 0,
                parties.size(), 0, secondary, devices.agentDevice(), devices.ofDevice(call, event.addedPartyDevice()),
                LocalConnectionState.CONNECT.wire(), Causes.of(event.cause()), event.controllerDevice(),
                event.controllerDevice(), event.controllerDevice(), event.addedPartyDevice(), parties);
    }

    private static List<ConnectedParty> parties(CallView call) {
        return call.connections().stream()
                .map(c -> ConnectedParty.of(call.callId(), 0, c.deviceId())).toList();
    }

    private SystemEvent peripheralStatus(AcdEvent.PeripheralStatusChanged event) {
        long eventId = event.online() ? SystemEventId.PERIPHERAL_ONLINE.wire()
                : SystemEventId.PERIPHERAL_OFFLINE.wire();
        long status = event.online() ? 0 : PgStatus.PERIPHERAL_OFFLINE.bit();
        return new SystemEvent(status, event.at().getEpochSecond(), eventId, peripheralId, 0, 0, 0xFFFF,
                "peripheral " + peripheralId + (event.online() ? " online" : " offline"), null);
    }
}
