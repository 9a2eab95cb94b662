package org.ctios.client;

import java.time.Duration;

/**
 * 400, 413, 415 or 422: the request itself is wrong (a field, its size, a reused idempotency key); {@code errors} in
 * {@link #problem()} names the fields.
 */
public class CtiInvalidRequestException extends CtiProblemException {

    private static final long serialVersionUID = 1L;

    public CtiInvalidRequestException(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
