package org.ctios.server.domain.agent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where agents are kept. */
public interface AgentRepository {

    Optional<Agent> find(String agentId);

    /** Every agent, ordered by agent id. */
    List<Agent> findAll();

    /** Those of these agents that exist, with their skill groups, in one query; in no particular order. */
    List<Agent> findAll(Collection<String> agentIds);

    /**
     * Every agent whose instrument or extension is one of these devices, with its skill groups, in no particular
     * order: what {@link #findByDevice} chooses from, for many devices at once. Sees the devices as of the last
     * {@link #publishDevices()}.
     */
    List<Agent> findAtDevices(Collection<String> devices);

    /**
     * The agent whose instrument is this device, else the one whose extension it is, if any. Sees the devices as of
     * the last {@link #publishDevices()}, not changes made since in the same transaction.
     */
    Optional<Agent> findByDevice(String device);

    /** Makes the agents' device changes so far in this transaction visible to {@link #findByDevice}. */
    void publishDevices();

    void add(Agent agent);
}
