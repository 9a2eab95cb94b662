package org.ctios.connector.adapter.inbound;

import java.util.ArrayList;
import java.util.List;
import org.ctios.connector.api.event.Concerns;
import org.ctios.connector.api.event.CtiEvent;

/**
 * An event on its way to the message endpoints, with what it came from for a dead letter.
 *
 * @param raw the protocol message (or a description), rendered as text only if the event becomes a dead letter
 */
public record Dispatch(CtiEvent event, Object raw) {

    /**
     * The keys whose events must keep their order, from what the event concerns: its agent, its call, both calls of
     * an event that merges one into another (transfer, conference, a call id that changes). Link-wide events have
     * none: they are ordered against every other event.
     */
    public List<String> orderingKeys() {
        Concerns concerns = event.concerns();
        List<String> keys = new ArrayList<>(concerns.agentIds().size() + concerns.callIds().size());
        concerns.agentIds().forEach(agentId -> keys.add("agent:" + agentId));
        concerns.callIds().forEach(callId -> keys.add("call:" + callId));
        return keys;
    }
}
