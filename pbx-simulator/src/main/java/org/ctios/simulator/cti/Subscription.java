package org.ctios.simulator.cti;

import java.util.Map;
import java.util.Optional;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallEventMask;
import org.ctios.protocol.types.CtiService;
import org.ctios.simulator.acd.AcdEvent;

/**
 * Which events a session receives, from its OPEN_REQ: every agent's and call's (ALL_EVENTS) or only its own agent's
 * (CLIENT_EVENTS), narrowed by the call message mask and the agent state mask. System events go to every session.
 */
public record Subscription(boolean allEvents, Optional<String> agentId, long callMessageMask, long agentStateMask) {

    private static final Map<MessageType, CallEventMask> CALL_EVENT_BITS = Map.ofEntries(
            Map.entry(MessageType.CALL_DELIVERED_EVENT, CallEventMask.DELIVERED),
            Map.entry(MessageType.CALL_QUEUED_EVENT, CallEventMask.QUEUED),
            Map.entry(MessageType.CALL_ESTABLISHED_EVENT, CallEventMask.ESTABLISHED),
            Map.entry(MessageType.CALL_HELD_EVENT, CallEventMask.HELD),
            Map.entry(MessageType.CALL_RETRIEVED_EVENT, CallEventMask.RETRIEVED),
            Map.entry(MessageType.CALL_CLEARED_EVENT, CallEventMask.CLEARED),
            Map.entry(MessageType.CALL_CONNECTION_CLEARED_EVENT, CallEventMask.CONNECTION_CLEARED),
            Map.entry(MessageType.CALL_ORIGINATED_EVENT, CallEventMask.ORIGINATED),
            Map.entry(MessageType.CALL_CONFERENCED_EVENT, CallEventMask.CONFERENCED),
            Map.entry(MessageType.CALL_TRANSFERRED_EVENT, CallEventMask.TRANSFERRED),
            Map.entry(MessageType.CALL_DIVERTED_EVENT, CallEventMask.DIVERTED),
            Map.entry(MessageType.CALL_SERVICE_INITIATED_EVENT, CallEventMask.SERVICE_INITIATED),
            Map.entry(MessageType.CALL_TRANSLATION_ROUTE_EVENT, CallEventMask.TRANSLATION_ROUTE),
            Map.entry(MessageType.BEGIN_CALL_EVENT, CallEventMask.BEGIN_CALL),
            Map.entry(MessageType.END_CALL_EVENT, CallEventMask.END_CALL),
            Map.entry(MessageType.CALL_DATA_UPDATE_EVENT, CallEventMask.CALL_DATA_UPDATE),
            Map.entry(MessageType.CALL_FAILED_EVENT, CallEventMask.FAILED),
            Map.entry(MessageType.CALL_REACHED_NETWORK_EVENT, CallEventMask.REACHED_NETWORK));

    /** The subscription an OPEN_REQ asks for; {@code agentId} is the agent an agent-mode request named. */
    public static Subscription of(OpenReq request, Optional<String> agentId) {
        boolean all = CtiService.ALL_EVENTS.in(request.servicesRequested());
        boolean client = CtiService.CLIENT_EVENTS.in(request.servicesRequested());
        if (!all && !client) {
            return new Subscription(false, Optional.empty(), 0, 0);
        }
        return new Subscription(all, all ? Optional.empty() : agentId, request.callMsgMask(),
                request.agentStateMask());
    }

    /** True when the session receives {@code message}, the protocol form of {@code event}. */
    public boolean wants(AcdEvent event, CtiMessage message) {
        if (event instanceof AcdEvent.PeripheralStatusChanged) {
            return true;
        }
        // A monitor-mode session (a CTI OS server) serves every desktop, so it hears every user message; an
        // agent-mode session hears those meant for its agent. No mask covers user messages.
        if (event instanceof AcdEvent.UserMessageSent sent) {
            return allEvents || sent.message().everyone()
                    || agentId.isPresent() && sent.message().agentIds().contains(agentId.get());
        }
        // Team configuration: a monitor-mode session that asked for it in its call mask, and the team supervisor's
        // own session (the guide sends it to supervisor sessions); a team monitor adds its session (CtiServer).
        if (event instanceof AcdEvent.TeamConfigChanged) {
            return allEvents ? CallEventMask.AGENT_TEAM_CONFIG.in(callMessageMask)
                    : agentId.isPresent() && event.agentIds().contains(agentId.get());
        }
        if (!allEvents && (agentId.isEmpty() || !event.agentIds().contains(agentId.get()))) {
            return false;
        }
        if (message instanceof AgentStateEvent agentState) {
            long bit = AgentState.fromWire(agentState.agentState()).map(AgentState::maskBit).orElse(0L);
            return (agentStateMask & bit) != 0;
        }
        if (event instanceof AcdEvent.HelpRequested) {
            return true;   // no mask bit covers a call for help: every session its agent rule lets through hears it
        }
        CallEventMask bit = CALL_EVENT_BITS.get(message.messageType());
        return bit != null && bit.in(callMessageMask);
    }
}
