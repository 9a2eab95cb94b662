package org.ctios.client;

import java.util.Map;

/**
 * The problem details (RFC 9457) of an answer that was not 2xx.
 *
 * @param type       the project's problem type, such as {@code urn:ctios:problem:not-enabled}
 * @param title      a short summary of the kind of problem
 * @param status     the HTTP status
 * @param detail     what went wrong with this request, or null
 * @param properties every member of the problem as parsed JSON (maps, lists, strings, numbers, booleans), the
 *                   standard ones included: the extensions such as {@code enabledActions} or {@code failureName}
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> properties) {

    public Problem {
        properties = Map.copyOf(properties);
    }

    /** An extension member as text, or null when absent. */
    public String property(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }
}
