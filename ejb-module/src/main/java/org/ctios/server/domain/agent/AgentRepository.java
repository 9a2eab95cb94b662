package org.ctios.server.domain.agent;

import java.util.List;
import java.util.Optional;

/** Where agents are kept. */
public interface AgentRepository {

    Optional<Agent> find(String agentId);

    /** Every agent, ordered by agent id. */
    List<Agent> findAll();

    /**
     * The agent whose instrument is this device, else the one whose extension it is, if any. Sees the devices as of
     * the last {@link #publishDevices()}, not changes made since in the same transaction.
     */
    Optional<Agent> findByDevice(String device);

    /** Makes the agents' device changes so far in this transaction visible to {@link #findByDevice}. */
    void publishDevices();

    void add(Agent agent);
}
