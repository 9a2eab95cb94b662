package org.ctios.simulator.acd;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ctios.protocol.types.AgentState;

/**
 * The simulated ACD: the agents and their states. Changes are serialised by one lock and reported to the listeners
 * inside it, so every listener sees them in the order they happened.
 */
public final class Acd {

    private final Clock clock;
    private final Map<String, SimAgent> agents = new LinkedHashMap<>();
    private final List<AcdListener> listeners = new CopyOnWriteArrayList<>();

    public Acd(Clock clock, Collection<SimAgent> initialAgents) {
        this.clock = clock;
        initialAgents.forEach(agent -> agents.put(agent.agentId(), agent));
    }

    public void addListener(AcdListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AcdListener listener) {
        listeners.remove(listener);
    }

    /** Every agent as it is now, in configuration order. */
    public synchronized List<SimAgent> agents() {
        return new ArrayList<>(agents.values());
    }

    public synchronized Optional<SimAgent> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    /**
     * Puts an agent into a state and reports it.
     *
     * @throws IllegalArgumentException for an agent the ACD does not have
     */
    public synchronized SimAgent changeAgentState(String agentId, AgentState state, int reasonCode) {
        SimAgent current = agents.get(agentId);
        if (current == null) {
            throw new IllegalArgumentException("no agent " + agentId + " in the ACD");
        }
        SimAgent changed = current.withState(state, reasonCode, clock.instant());
        agents.put(agentId, changed);
        for (AcdListener listener : listeners) {
            listener.agentStateChanged(changed);
        }
        return changed;
    }
}
