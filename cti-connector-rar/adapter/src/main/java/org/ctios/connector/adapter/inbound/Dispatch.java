package org.ctios.connector.adapter.inbound;

import java.util.List;
import org.ctios.connector.api.event.AgentEvent;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.CtiEvent;

/**
 * An event on its way to the message endpoints, with what it came from for a dead letter.
 *
 * @param raw the protocol message (or a description), rendered as text only if the event becomes a dead letter
 */
public record Dispatch(CtiEvent event, Object raw) {

    /**
     * The keys whose events must keep their order: the agent of an agent event, the call of a call event, both
     * calls of an event that joins two (transfer, conference, a call id that changes). Link-wide events have none:
     * they are ordered against every other event.
     */
    public List<String> orderingKeys() {
        if (event instanceof AgentEvent agentEvent) {
            return List.of("agent:" + agentEvent.agentId());
        }
        long secondCall = -1;
        if (event instanceof CallTransferred transferred) {
            secondCall = transferred.secondaryCallId();
        } else if (event instanceof CallConferenced conferenced) {
            secondCall = conferenced.secondaryCallId();
        } else if (event instanceof CallDataUpdated updated) {
            secondCall = updated.newCallId();
        }
        if (event instanceof CallEvent callEvent) {
            if (secondCall >= 0 && secondCall != callEvent.callId()) {
                return List.of("call:" + callEvent.callId(), "call:" + secondCall);
            }
            return List.of("call:" + callEvent.callId());
        }
        return List.of();
    }
}
