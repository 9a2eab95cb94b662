package org.ctios.client;

import java.time.Duration;

/**
 * 401 (the credentials were not accepted) or 403 (this account may not do that).
 */
public class CtiAccessException extends CtiProblemException {

    private static final long serialVersionUID = 1L;

    public CtiAccessException(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
