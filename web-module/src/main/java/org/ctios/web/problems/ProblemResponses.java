package org.ctios.web.problems;

/**
 * Names of the problem answers described once in the OpenAPI document's components (see
 * {@link org.ctios.web.api.CtiApi}), for {@code @APIResponse(responseCode = ..., ref = ...)} on operations.
 */
public final class ProblemResponses {

    public static final String VALIDATION = "ValidationProblem";
    public static final String NOT_FOUND = "UnknownResource";
    /** Not enabled now, or refused by the CTI Server. */
    public static final String CONFLICT = "Conflict";
    public static final String LINK_DOWN = "LinkDown";
    public static final String TIMEOUT = "CtiTimeout";
    /** An Idempotency-Key sent again with another request. */
    public static final String KEY_REUSED = "IdempotencyKeyReused";

    private ProblemResponses() {
    }
}
