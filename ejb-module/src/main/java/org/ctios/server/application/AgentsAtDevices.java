package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;

/**
 * Which agent is at a device, for the transaction applying events: the live model's device index of what is
 * committed, overlaid with the agents the transaction itself changed (an agent that logged in on another phone
 * earlier in the same batch is found there), chosen as {@link AgentRepository#findByDevice} chooses (by instrument,
 * else extension, the lowest id). An index in memory instead of two queries per lookup, several times per call;
 * the database answers only before the model was first read.
 */
@ApplicationScoped
public class AgentsAtDevices {

    private AgentRepository agents;
    private LiveModel live;

    /** For the container's proxy. */
    protected AgentsAtDevices() {
    }

    @Inject
    public AgentsAtDevices(AgentRepository agents, LiveModel live) {
        this.agents = agents;
        this.live = live;
    }

    /** The id of the agent at the device, seen from the transaction that gathers {@code pending}. */
    public Optional<String> agentAt(String device, LiveChange pending) {
        if (device == null || device.isEmpty()) {
            return Optional.empty();
        }
        if (live.isBuilt()) {
            return pending.agentAt(device, live.current());
        }
        return agents.findByDevice(device).map(Agent::agentId);
    }
}
