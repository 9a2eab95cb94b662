package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Turns an answer that is not 2xx into the typed exception a caller handles. */
final class Problems {

    private Problems() {
    }

    static CtiProblemException toException(int status, String body, Optional<String> retryAfterHeader) {
        Problem problem = parse(status, body);
        Duration retryAfter = retryAfterHeader.flatMap(Problems::seconds).orElse(null);
        return switch (status) {
            case 400, 413, 415, 422 -> new CtiInvalidRequestException(problem, retryAfter);
            case 401, 403 -> new CtiAccessException(problem, retryAfter);
            case 404 -> new CtiNotFoundException(problem, retryAfter);
            case 409 -> new CtiConflictException(problem, retryAfter);
            case 429, 503 -> new CtiUnavailableException(problem, retryAfter);
            case 504 -> new CtiTimeoutException(problem, retryAfter);
            default -> new CtiProblemException(problem, retryAfter);
        };
    }

    /** The body's problem details; an answer that is not problem JSON (a proxy's page) still gets a problem. */
    @SuppressWarnings("unchecked")
    static Problem parse(int status, String body) {
        JsonNode node;
        try {
            node = Json.parse(body);
        } catch (IllegalArgumentException notJson) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return new Problem("about:blank", "HTTP " + status, status, null, Map.of());
        }
        Map<String, Object> properties = Json.MAPPER.convertValue(node, Map.class);
        properties.values().removeIf(value -> value == null);
        String type = Json.text(node, "type");
        return new Problem(type == null ? "about:blank" : type, Json.text(node, "title"), status,
                Json.text(node, "detail"), properties);
    }

    /** Retry-After in delta-seconds, the form this server sends (an HTTP date is not used by it). */
    static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
