package org.ctios.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionView;

/**
 * Some agents and the calls in progress that concern them, in a form the switch's truth and the server's JSON (an
 * event stream's snapshot, {@code GET /api/agents} and {@code GET /api/calls}) both reduce to, so that they compare
 * with one {@code isEqualTo} and a failure shows the difference: each agent as "state/reason code/extension/its calls",
 * each call as its agents' legs ("agent:connection state", sorted; see {@link #serverState(ConnectionView)}).
 */
record AgentsAndCalls(Map<String, String> agents, Map<Long, String> calls) {

    /** Those agents on the switch, and every call in progress that any of them is on. */
    static AgentsAndCalls onSwitch(Collection<AgentView> allAgents, Collection<CallView> allCalls,
                                   Set<String> covered) {
        Map<String, String> agents = new TreeMap<>();
        for (AgentView agent : allAgents) {
            if (covered.contains(agent.agentId())) {
                agents.put(agent.agentId(), agent(agent.state().name(), agent.reasonCode(), agent.extension(),
                        agent.calls()));
            }
        }
        Map<Long, String> calls = new TreeMap<>();
        for (CallView call : allCalls) {
            if (call.agentIds().stream().anyMatch(covered::contains)) {
                calls.put(call.callId(), legs(call.connections().stream().filter(c -> c.agentId() != null)
                        .map(c -> c.agentId() + ":" + serverState(c)).toList()));
            }
        }
        return new AgentsAndCalls(agents, calls);
    }

    /** A snapshot's (or the REST API's) agents and calls, as they are. */
    static AgentsAndCalls fromJson(JsonNode agentsJson, JsonNode callsJson) {
        Map<String, String> agents = new TreeMap<>();
        for (JsonNode agent : agentsJson) {
            List<Long> calls = new ArrayList<>();
            agent.path("calls").forEach(id -> calls.add(id.asLong()));
            agents.put(agent.path("id").asText(), agent(agent.path("state").asText(), agent.path("reasonCode").asInt(),
                    agent.path("extension").asText(), calls));
        }
        Map<Long, String> calls = new TreeMap<>();
        for (JsonNode call : callsJson) {
            List<String> legs = new ArrayList<>();
            call.path("parties").forEach(party -> {
                if (!party.path("agentId").isNull() && !party.path("agentId").isMissingNode()) {
                    legs.add(party.path("agentId").asText() + ":" + serverState(party.path("state").asText()));
                }
            });
            calls.put(call.path("id").asLong(), legs(legs));
        }
        return new AgentsAndCalls(agents, calls);
    }

    /** Only those agents, and the calls that any of them is on (for the REST API's lists of everything). */
    AgentsAndCalls restrictedTo(Set<String> covered) {
        Map<String, String> someAgents = new TreeMap<>(agents);
        someAgents.keySet().retainAll(covered);
        Map<Long, String> someCalls = calls.entrySet().stream()
                .filter(call -> Arrays.stream(call.getValue().split(", ")).filter(leg -> leg.contains(":"))
                        .anyMatch(leg -> covered.contains(leg.substring(0, leg.indexOf(':')))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        return new AgentsAndCalls(someAgents, someCalls);
    }

    /** Each agent and call that differs from {@code expected}: "agent 1005: NOT_READY/... where expected ...". */
    List<String> differencesFrom(AgentsAndCalls expected) {
        List<String> differences = new ArrayList<>();
        differences(differences, "agent", agents, expected.agents);
        differences(differences, "call", calls, expected.calls);
        return differences;
    }

    private static <K> void differences(List<String> differences, String what, Map<K, String> shown,
                                        Map<K, String> expected) {
        Set<K> keys = new TreeSet<>(expected.keySet());
        keys.addAll(shown.keySet());
        for (K key : keys) {
            String is = shown.get(key);
            String should = expected.get(key);
            if (should == null) {
                differences.add(what + " " + key + " (" + is + ") is not expected");
            } else if (is == null) {
                differences.add(what + " " + key + " (" + should + ") is missing");
            } else if (!is.equals(should)) {
                differences.add(what + " " + key + ": " + is + " where the switch has " + should);
            }
        }
    }

    private static String agent(String state, int reasonCode, String extension, List<Long> calls) {
        return state + "/" + reasonCode + "/" + extension + "/calls " + calls.stream().sorted().toList();
    }

    private static String legs(List<String> legs) {
        return legs.stream().sorted().collect(Collectors.joining(", "));
    }

    /**
     * The switch's connection state under the protocol's name, which the server shows (LocalConnectionState), with
     * a dialling leg and a connected one both {@code CONNECT}: the simulator keeps the caller's leg of a call still
     * ringing elsewhere as connected, and tells CTI clients INITIATE in CALL_ORIGINATED (and CONNECT when asked
     * after a reconnection), so the server rightly shows either.
     */
    private static String serverState(ConnectionView connection) {
        return switch (connection.state()) {
            case INITIATED, CONNECTED -> "CONNECT";
            case ALERTING -> "ALERTING";
            case HELD -> "HOLD";
            case QUEUED -> "QUEUED";
        };
    }

    private static String serverState(String shown) {
        return shown.equals("INITIATE") ? "CONNECT" : shown;
    }
}
