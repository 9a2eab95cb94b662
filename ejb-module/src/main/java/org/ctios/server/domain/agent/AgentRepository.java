package org.ctios.server.domain.agent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where agents are kept. */
public interface AgentRepository {

    Optional<Agent> find(String agentId);

    /**
     * Brings these agents, with their skill groups, into the transaction at once, so that {@link #find} answers for
     * them without asking the store again: one query for a batch of events instead of one or two per event.
     */
    void load(Collection<String> agentIds);

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
