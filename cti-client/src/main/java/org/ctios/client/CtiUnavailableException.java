package org.ctios.client;

import java.time.Duration;

/**
 * 503 (the CTI link is down or moving, the server is busy, too many event streams) or 429 (too many for this account):
 * nothing was done; {@link #retryAfter()} says when to try again.
 */
public class CtiUnavailableException extends CtiProblemException {

    private static final long serialVersionUID = 1L;

    public CtiUnavailableException(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
