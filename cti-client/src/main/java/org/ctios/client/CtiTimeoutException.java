package org.ctios.client;

import java.time.Duration;

/**
 * 504 {@code urn:ctios:problem:cti-timeout}: the CTI Server did not confirm in time. The request was sent and may have
 * been carried out: look at the agent or call (the session's objects follow the events) before asking again.
 */
public class CtiTimeoutException extends CtiProblemException {

    private static final long serialVersionUID = 1L;

    public CtiTimeoutException(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
