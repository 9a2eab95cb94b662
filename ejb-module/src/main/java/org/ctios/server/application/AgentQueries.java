package org.ctios.server.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;

/** Read access to the agents for the interfaces of the application. */
@Stateless
public class AgentQueries {

    @Inject
    private AgentRepository agents;

    public List<Agent> all() {
        return agents.findAll();
    }

    public Optional<Agent> byId(String agentId) {
        return agents.find(agentId);
    }
}
