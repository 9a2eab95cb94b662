package org.ctios.connector.adapter.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallOriginated;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.HelpRequested;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.ctios.connector.api.event.PeripheralStatusChanged;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.connector.api.event.TeamConfigured;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
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
import org.ctios.protocol.message.call.CallRetrievedEvent;
import org.ctios.protocol.message.call.CallTransferredEvent;
import org.ctios.protocol.message.call.EndCallEvent;
import org.ctios.protocol.message.control.EmergencyCallEvent;
import org.ctios.protocol.message.control.SupervisorAssistEvent;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.messaging.UserMessageEvent;
import org.ctios.protocol.message.system.SystemEvent;
import org.ctios.protocol.message.team.AgentTeamConfigEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.SkillGroupEntry;
import org.ctios.protocol.types.SystemEventId;

/**
 * Turns protocol messages into the connector's typed events, stamping each with its place in the stream: the
 * adapter run's epoch and a sequence number counted here, on the link's reading thread, in stream order. Messages
 * the API has no event for give none.
 */
public final class EventTranslator {

    private static final long NULL_ID = 0xFFFF_FFFFL;

    private final long epoch;
    private long sequence;

    /** @param epoch the adapter run's epoch: higher than any earlier run's (its start time in milliseconds) */
    public EventTranslator(long epoch) {
        this.epoch = epoch;
    }

    private EventOrigin next(Instant at) {
        return new EventOrigin(epoch, ++sequence, at);
    }

    public Optional<CtiEvent> translate(CtiMessage message, Instant at) {
        CtiEvent event = null;
        if (message instanceof AgentStateEvent e) {
            event = new AgentStateChanged(next(at), e.peripheralId(), e.agentId(), e.agentExtension(),
                    e.agentInstrument(), AgentState.fromWireOrUnknown(e.agentState()), e.eventReasonCode(),
                    skillGroups(e), e.numTasks(),
                    e.nextAgentState() == null ? null : AgentState.fromWireOrUnknown(e.nextAgentState()));
        } else if (message instanceof BeginCallEvent e) {
            event = new CallBegun(next(at), e.connectionCallId(), e.callType(), e.connectionDeviceId(),
                    new CallData(e.ani(), e.dnis(), e.dialedNumber(), e.callerEnteredDigits(), e.callVariables(),
                            e.namedVariables(), e.namedArrays(), e.callWrapupData()),
                    orZero(e.routerCallKeyDay()), orZero(e.routerCallKeyCallId()));
        } else if (message instanceof CallQueuedEvent e) {
            event = new CallQueued(next(at), e.connectionCallId(), e.queueDeviceId(),
                    e.skillGroups().stream().map(SkillGroupEntry::skillGroupNumber).filter(n -> n != null).toList(),
                    e.numQueued());
        } else if (message instanceof CallDeliveredEvent e) {
            event = new CallDelivered(next(at), e.connectionCallId(), orElse(e.alertingDeviceId(),
                    e.connectionDeviceId()), e.callingDeviceId(), e.calledDeviceId(), nullable(e.skillGroupNumber()),
                    new CallData(e.ani(), e.dnis(), e.dialedNumber(), e.callerEnteredDigits(), e.callVariables(),
                            e.namedVariables(), e.namedArrays(), e.callWrapupData()));
        } else if (message instanceof CallOriginatedEvent e) {
            event = new CallOriginated(next(at), e.connectionCallId(), e.connectionDeviceId(), e.calledDeviceId());
        } else if (message instanceof CallEstablishedEvent e) {
            event = new CallEstablished(next(at), e.connectionCallId(), orElse(e.answeringDeviceId(),
                    e.connectionDeviceId()), e.callingDeviceId(), e.calledDeviceId(), nullable(e.skillGroupNumber()));
        } else if (message instanceof CallHeldEvent e) {
            event = new CallHeld(next(at), e.connectionCallId(), orElse(e.holdingDeviceId(), e.connectionDeviceId()));
        } else if (message instanceof CallRetrievedEvent e) {
            event = new CallRetrieved(next(at), e.connectionCallId(), orElse(e.retrievingDeviceId(),
                    e.connectionDeviceId()));
        } else if (message instanceof CallConnectionClearedEvent e) {
            event = new ConnectionCleared(next(at), e.connectionCallId(), orElse(e.releasingDeviceId(),
                    e.connectionDeviceId()), e.eventCause());
        } else if (message instanceof CallClearedEvent e) {
            event = new CallCleared(next(at), e.connectionCallId(), e.eventCause());
        } else if (message instanceof EndCallEvent e) {
            event = new CallEnded(next(at), e.connectionCallId());
        } else if (message instanceof CallDataUpdateEvent e) {
            event = new CallDataUpdated(next(at), e.connectionCallId(), e.newConnectionCallId(),
                    new CallData(e.ani(), e.dnis(), e.dialedNumber(), e.callerEnteredDigits(), e.callVariables(),
                            e.namedVariables(), e.namedArrays(), e.callWrapupData()));
        } else if (message instanceof CallTransferredEvent e) {
            event = new CallTransferred(next(at), e.primaryCallId(), secondary(e.secondaryCallId()),
                    e.transferringDeviceId(), e.transferredDeviceId(), parties(e.connectedParties()));
        } else if (message instanceof CallConferencedEvent e) {
            event = new CallConferenced(next(at), e.primaryCallId(), secondary(e.secondaryCallId()),
                    e.controllerDeviceId(), e.addedPartyDeviceId(), parties(e.connectedParties()), e.eventCause());
        } else if (message instanceof CallFailedEvent e) {
            event = new CallFailed(next(at), e.connectionCallId(), orElse(e.failingDeviceId(),
                    e.connectionDeviceId()), e.calledDeviceId(), e.eventCause());
        } else if (message instanceof CallDivertedEvent e) {
            event = new CallDiverted(next(at), e.connectionCallId(), orElse(e.divertingDeviceId(),
                    e.connectionDeviceId()), e.calledDeviceId());
        } else if (message instanceof SystemEvent e) {
            event = peripheralStatus(e, at);
        } else if (message instanceof AgentTeamConfigEvent e) {
            event = new TeamConfigured(next(at), e.teamId(), e.agentTeamName(),
                    ConfigOperation.fromWire(e.configOperation()).orElse(null), e.members().stream()
                    .filter(member -> member.atcAgentId() != null)
                    .map(member -> new TeamConfigured.Member(member.atcAgentId(), member.supervisor())).toList());
        } else if (message instanceof UserMessageEvent e) {
            event = new UserMessageReceived(next(at), Distribution.fromWire(e.distribution()).orElse(null),
                    e.clientId(), e.text(), Instant.ofEpochSecond(e.icmCentralControllerTime()));
        } else if (message instanceof SupervisorAssistEvent e) {
            event = new HelpRequested(next(at), false, nullable(e.connectionCallId()), e.agentId(),
                    e.agentExtension(), e.agentInstrument(), e.clientId());
        } else if (message instanceof EmergencyCallEvent e) {
            event = new HelpRequested(next(at), true, nullable(e.connectionCallId()), e.agentId(),
                    e.agentExtension(), e.agentInstrument(), e.clientId());
        }
        return Optional.ofNullable(event);
    }

    private PeripheralStatusChanged peripheralStatus(SystemEvent event, Instant at) {
        if (event.systemEventId() == SystemEventId.PERIPHERAL_ONLINE.wire()
                || event.systemEventId() == SystemEventId.PERIPHERAL_OFFLINE.wire()) {
            return new PeripheralStatusChanged(next(at), event.systemEventArg1(),
                    event.systemEventId() == SystemEventId.PERIPHERAL_ONLINE.wire(), event.pgStatus());
        }
        return null;
    }

    // ---------------------------------------------------------------- link and snapshot events

    public List<CtiEvent> linkUp(String side, OpenConf confirmation, long peripheralId, Instant at) {
        List<CtiEvent> events = new ArrayList<>();
        events.add(new LinkStatusChanged(next(at), true, side));
        events.add(new PeripheralStatusChanged(next(at), peripheralId, confirmation.peripheralOnline(),
                confirmation.pgStatus()));
        return events;
    }

    public CtiEvent linkDown(String side, Instant at) {
        return new LinkStatusChanged(next(at), false, side);
    }

    public SnapshotStarted snapshotStarted(String side, Instant at) {
        return new SnapshotStarted(next(at), side);
    }

    public AgentSnapshot agentSnapshot(String agentId, QueryAgentStateConf state, Instant at) {
        return new AgentSnapshot(next(at), agentId, state.agentExtension(), state.agentInstrument(),
                AgentState.fromWireOrUnknown(state.agentState()), SnapshotValues.skillGroups(state),
                state.numTasks());
    }

    public CallSnapshot callSnapshot(long callId, SnapshotCallConf call, Instant at) {
        return new CallSnapshot(next(at), callId, call.callType(), SnapshotValues.callData(call),
                SnapshotValues.parties(call));
    }

    public SnapshotCompleted snapshotCompleted(EventOrigin started, boolean complete, Set<String> agentIds,
                                               Set<Long> callIds, Set<Long> callIdsAsked, Instant at) {
        return new SnapshotCompleted(next(at), started, complete, agentIds, callIds, callIdsAsked);
    }

    // ---------------------------------------------------------------- helpers

    private static List<AgentSkillGroup> skillGroups(AgentStateEvent event) {
        if (!event.fltSkillGroups().isEmpty()) {
            return event.fltSkillGroups().stream().filter(g -> g.skillGroupNumber() != null)
                    .map(g -> new AgentSkillGroup(g.skillGroupNumber(), g.skillGroupId() == null ? NULL_ID
                            : g.skillGroupId(), AgentState.fromWireOrUnknown(g.skillGroupState() == null
                            ? event.agentState() : g.skillGroupState())))
                    .toList();
        }
        if (event.skillGroupNumber() == NULL_ID) {
            return List.of();
        }
        return List.of(new AgentSkillGroup(event.skillGroupNumber(), event.skillGroupId(),
                AgentState.fromWireOrUnknown(event.skillGroupState())));
    }

    private static List<String> parties(List<ConnectedParty> parties) {
        return parties.stream().map(ConnectedParty::connectedPartyDeviceId).filter(id -> id != null).toList();
    }

    private static long secondary(long callId) {
        return callId == NULL_ID ? -1 : callId;
    }

    /** A skill group's number or a call's id, null for the protocol's absent value. */
    private static Long nullable(long numberOrId) {
        return numberOrId == NULL_ID ? null : numberOrId;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
