package org.ctios.examples.crmbridge;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.HashMap;
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

    /** The reverse of the map below, so that an agent's event finds its former instrument without a scan. */
    private final Map<String, String> instrumentByAgent = new HashMap<>();
    private final Map<String, String> agentByInstrument = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            instrumentByAgent.remove(eldest.getValue(), eldest.getKey());
            return true;
        }
    };

    /** The agent is at this instrument, or at none ({@code null}: logged out). */
    public synchronized void agentAt(String agentId, String instrument) {
        String former = instrumentByAgent.remove(agentId);
        if (former != null) {
            agentByInstrument.remove(former, agentId);
        }
        if (instrument != null && !instrument.isEmpty()) {
            String displaced = agentByInstrument.put(instrument, agentId);
            if (displaced != null) {
                instrumentByAgent.remove(displaced, instrument);
            }
            instrumentByAgent.put(agentId, instrument);
        }
    }

    public synchronized Optional<String> agentAt(String instrument) {
        return Optional.ofNullable(instrument).map(agentByInstrument::get);
    }
}
