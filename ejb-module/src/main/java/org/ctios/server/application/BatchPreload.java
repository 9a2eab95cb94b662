package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctios.connector.api.event.Concerns;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.server.domain.agent.AgentRepository;
import org.ctios.server.domain.call.CallRepository;

/**
 * Reads every stored agent and call a delivery batch concerns in two queries before the batch is applied, so that
 * applying each event finds its agent or call in the transaction instead of asking the database: one round trip per
 * event (and one more for an agent's skill groups) is what bounded the rate against a database over the network.
 * Agents and calls the store does not hold yet are still looked up when their first event comes.
 */
@ApplicationScoped
public class BatchPreload {

    private AgentRepository agents;
    private CallRepository calls;

    /** For the container's proxy. */
    protected BatchPreload() {
    }

    @Inject
    public BatchPreload(AgentRepository agents, CallRepository calls) {
        this.agents = agents;
        this.calls = calls;
    }

    /** Loads what the events concern, in the caller's transaction; a single event is left to its own lookup. */
    public void load(List<CtiEvent> events) {
        if (events.size() < 2) {
            return;
        }
        Set<String> agentIds = new HashSet<>();
        Set<Long> callIds = new HashSet<>();
        for (CtiEvent event : events) {
            Concerns concerns = event.concerns();
            for (String agentId : concerns.agentIds()) {
                if (!agentId.isEmpty()) {
                    agentIds.add(agentId);
                }
            }
            callIds.addAll(concerns.callIds());
        }
        agents.load(agentIds);
        calls.load(callIds);
    }
}
