package org.ctios.examples.crmbridge;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which agent is logged in at which instrument, from the agent events and snapshots: a call-delivered event names
 * the device that rings, not the agent. Bounded (least recently changed dropped first) like everything kept from a
 * stream of events.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AgentInstruments {

    static final int CAPACITY = 10_000;

    private final Map<String, String> agentByInstrument = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The agent is at this instrument, or at none ({@code null}: logged out). */
    public synchronized void agentAt(String agentId, String instrument) {
        agentByInstrument.values().removeIf(agentId::equals);
        if (instrument != null && !instrument.isEmpty()) {
            agentByInstrument.put(instrument, agentId);
        }
    }

    public synchronized Optional<String> agentAt(String instrument) {
        return Optional.ofNullable(instrument).map(agentByInstrument::get);
    }
}
