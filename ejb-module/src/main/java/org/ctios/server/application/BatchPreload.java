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
import org.ctios.server.domain.history.CallHistory;

/**
 * Reads every stored agent and call a delivery batch concerns in two queries before the batch is applied, so that
 * applying each event finds its agent or call in the transaction instead of asking the database: one round trip per
 * event (and one more for an agent's skill groups) is what bounded the rate against a database over the network.
 * For the calls not stored, a third query reads their latest history stamps, which tell a new call's first event
 * from a late one of a call that already ended ({@link PreloadedBatch}).
 */
@ApplicationScoped
public class BatchPreload {

    private AgentRepository agents;
    private CallRepository calls;
    private CallHistory history;

    /** For the container's proxy. */
    protected BatchPreload() {
    }

    @Inject
    public BatchPreload(AgentRepository agents, CallRepository calls, CallHistory history) {
        this.agents = agents;
        this.calls = calls;
        this.history = history;
    }

    /** Loads what the events concern, in the caller's transaction; a single event is left to its own lookups. */
    public PreloadedBatch load(List<CtiEvent> events) {
        if (events.size() < 2) {
            return PreloadedBatch.nothing();
        }
        Set<String> agentIds = new HashSet<>();
        Set<Long> callIds = new HashSet<>();
        long firstEpoch = Long.MAX_VALUE;
        for (CtiEvent event : events) {
            firstEpoch = Math.min(firstEpoch, event.origin().epoch());
            Concerns concerns = event.concerns();
            for (String agentId : concerns.agentIds()) {
                if (!agentId.isEmpty()) {
                    agentIds.add(agentId);
                }
            }
            callIds.addAll(concerns.callIds());
        }
        agents.load(agentIds);
        Set<Long> notStored = new HashSet<>(callIds);
        notStored.removeAll(calls.load(callIds));
        return PreloadedBatch.of(notStored, history.latestStampsSince(notStored, firstEpoch));
    }
}
