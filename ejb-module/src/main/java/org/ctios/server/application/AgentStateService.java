package org.ctios.server.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;

/** Applies agent events from the CTI link to the stored agents; runs in the caller's (the MDB's) transaction. */
@Stateless
public class AgentStateService {

    @Inject
    private AgentRepository agents;

    public void apply(AgentStateChanged event) {
        Agent agent = agentFor(event.agentId(), event.origin().receivedAt());
        agent.reportDevices(event.agentExtension(), event.agentInstrument());
        agent.reportState(event.state(), event.reasonCode(), event.origin().receivedAt());
    }

    /** A snapshot carries no reason code: a state it confirms keeps the one it had. */
    public void apply(AgentSnapshot snapshot) {
        Agent agent = agentFor(snapshot.agentId(), snapshot.origin().receivedAt());
        agent.reportDevices(snapshot.agentExtension(), snapshot.agentInstrument());
        int reasonCode = agent.state() == snapshot.state() ? agent.reasonCode() : 0;
        agent.reportState(snapshot.state(), reasonCode, snapshot.origin().receivedAt());
    }

    private Agent agentFor(String agentId, Instant seenAt) {
        return agents.find(agentId).orElseGet(() -> {
            Agent created = new Agent(agentId, seenAt);
            agents.add(created);
            return created;
        });
    }
}
