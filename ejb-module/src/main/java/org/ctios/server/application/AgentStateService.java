package org.ctios.server.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ctios.connector.api.AgentStateChanged;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;

/** Applies agent events from the CTI link to the stored agents; runs in the caller's (the MDB's) transaction. */
@Stateless
public class AgentStateService {

    @Inject
    private AgentRepository agents;

    public void apply(AgentStateChanged event) {
        Agent agent = agents.find(event.agentId()).orElseGet(() -> {
            Agent created = new Agent(event.agentId(), event.receivedAt());
            agents.add(created);
            return created;
        });
        agent.reportDevices(event.agentExtension(), event.agentInstrument());
        agent.reportState(event.state(), event.reasonCode(), event.receivedAt());
    }
}
