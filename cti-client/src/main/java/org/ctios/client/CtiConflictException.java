package org.ctios.client;

import java.time.Duration;
import java.util.List;

/**
 * 409: the request does not fit the present state. {@code urn:ctios:problem:not-enabled} (the action is not among the
 * agent's enabled actions, {@link #enabledActions()} says which are), {@code cti-refused} (the CTI Server refused it:
 * {@link #failureName()}), {@code no-agent-on-call}, {@code wrapup-refused}, {@code idempotency-request-in-progress}.
 */
public class CtiConflictException extends CtiProblemException {

    private static final long serialVersionUID = 1L;

    public CtiConflictException(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }

    /** For {@code not-enabled}: the actions that are enabled now (empty for other conflicts). */
    public List<String> enabledActions() {
        Object actions = problem().properties().get("enabledActions");
        return actions instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** For {@code cti-refused}: the CTI Server's failure name, such as {@code INVALID_PASSWORD_SPECIFIED}, or null. */
    public String failureName() {
        return problem().property("failureName");
    }
}
