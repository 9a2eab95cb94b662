package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A skill group's statistics as computed by the server ({@code GET /skillgroups/{number}}, a
 * {@code SkillGroupStatistics} event); durations in seconds. An immutable value; the switch's own figures
 * ({@code fromSwitch}) are left to the REST API.
 */
public record SkillGroup(String number, String name, int members, int agentsLoggedIn, int agentsAvailable,
                         int agentsNotReady, int agentsTalking, int agentsWrapUp, int callsQueued,
                         long longestQueuedSeconds, long callsHandledToday, long callsAbandonedToday,
                         double averageHandleTimeSeconds) {

    static SkillGroup of(JsonNode json) {
        return new SkillGroup(Json.text(json, "number"), Json.text(json, "name"), Json.integer(json, "members"),
                Json.integer(json, "agentsLoggedIn"), Json.integer(json, "agentsAvailable"),
                Json.integer(json, "agentsNotReady"), Json.integer(json, "agentsTalking"),
                Json.integer(json, "agentsWrapUp"), Json.integer(json, "callsQueued"),
                Json.number(json, "longestQueuedSeconds"), Json.number(json, "callsHandledToday"),
                Json.number(json, "callsAbandonedToday"), json.path("averageHandleTimeSeconds").asDouble(0));
    }
}
