package org.ctios.connector.adapter.link;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.ctios.connector.api.event.Concerns;
import org.ctios.connector.api.event.CtiEvent;

/**
 * The agents and calls the adapter knows of, which it asks about when it resynchronises: the CTI Server has no
 * request that lists them all. Agents come from the configuration, from what the application registers and from
 * every agent event; calls from the call events, until they end.
 */
public final class KnownDevices {

    private final Set<String> agentIds = ConcurrentHashMap.newKeySet();
    private final Set<Long> activeCalls = ConcurrentHashMap.newKeySet();

    /**
     * Follows an event: the agents it names become known, the calls it leaves in progress active, and those that end
     * with it (cleared, or merged into another call) are no longer asked about.
     */
    public void follow(CtiEvent event) {
        Concerns concerns = event.concerns();
        concerns.agentIds().forEach(this::agent);
        concerns.callsEnded().forEach(this::callEnded);
        concerns.callsInProgress().forEach(this::callActive);
    }

    public void agents(Collection<String> ids) {
        for (String id : ids) {
            agent(id);
        }
    }

    public void agent(String agentId) {
        if (agentId != null && !agentId.isBlank()) {
            agentIds.add(agentId);
        }
    }

    public void callActive(long callId) {
        activeCalls.add(callId);
    }

    public void callEnded(long callId) {
        activeCalls.remove(callId);
    }

    /**
     * Takes what a complete resynchronisation found: the calls it asked about and did not find have ended; those it
     * found are active. A call that began while it ran was not asked about, and stays as its events leave it.
     */
    public void snapshotRead(Set<Long> asked, Set<Long> found) {
        asked.stream().filter(callId -> !found.contains(callId)).forEach(this::callEnded);
        found.forEach(this::callActive);
    }

    /** The agent ids, sorted, as of now. */
    public Set<String> agentIds() {
        return new TreeSet<>(agentIds);
    }

    /** The calls believed active, as of now. */
    public Set<Long> activeCalls() {
        return new TreeSet<>(activeCalls);
    }
}
