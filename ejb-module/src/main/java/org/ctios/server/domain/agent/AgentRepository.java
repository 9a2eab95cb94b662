package org.ctios.server.domain.agent;

import java.util.List;
import java.util.Optional;

/** Where agents are kept. */
public interface AgentRepository {

    Optional<Agent> find(String agentId);

    /** Every agent, ordered by agent id. */
    List<Agent> findAll();

    /** The agent whose instrument or extension is this device, if any. */
    Optional<Agent> findByDevice(String device);

    void add(Agent agent);
}
