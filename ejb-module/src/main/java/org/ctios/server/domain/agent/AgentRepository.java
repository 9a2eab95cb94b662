package org.ctios.server.domain.agent;

import java.util.List;
import java.util.Optional;

/** Where agents are kept. */
public interface AgentRepository {

    Optional<Agent> find(String agentId);

    /** Every agent, ordered by agent id. */
    List<Agent> findAll();

    void add(Agent agent);
}
