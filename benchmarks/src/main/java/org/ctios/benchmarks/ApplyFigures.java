package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What {@code GET /cti/api/system/apply-statistics} reports for its interval: events committed and rolled back,
 * the rate over the busy time (first event read off the socket to the last commit), and the latency from reading an
 * event to committing it, in milliseconds.
 */
record ApplyFigures(Instant since, Instant until, long committed, long rolledBack, Instant firstEventReceived,
                    Instant lastCommit, double eventsPerSecond, double p50Millis, double p90Millis, double p99Millis,
                    double maxMillis) {

    static ApplyFigures of(JsonNode json) {
        JsonNode latency = json.path("latencyMillis");
        return new ApplyFigures(instant(json, "since"), instant(json, "until"), required(json, "committed").asLong(),
                required(json, "rolledBack").asLong(), instant(json, "firstEventReceived"),
                instant(json, "lastCommit"), required(json, "eventsPerSecond").asDouble(),
                required(latency, "p50").asDouble(), required(latency, "p90").asDouble(),
                required(latency, "p99").asDouble(), required(latency, "max").asDouble());
    }

    private static JsonNode required(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("apply statistics without a number '" + field + "': " + json);
        }
        return value;
    }

    private static Instant instant(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }
}
