package org.ctios.it;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a call's parties as the REST API shows them. */
final class Parties {

    private Parties() {
    }

    /** The agent's connection state on the call ({@code parties[].state}), "" when it is not a party. */
    static String stateOf(JsonNode call, String agentId) {
        for (JsonNode party : call.get("parties")) {
            if (agentId.equals(party.path("agentId").asText(null))) {
                return party.get("state").asText();
            }
        }
        return "";
    }
}
