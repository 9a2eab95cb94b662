package org.ctios.client;

import java.time.Duration;

/**
 * 404 {@code urn:ctios:problem:unknown-resource}: no such agent, call, team or record (a call that has ended, say).
 */
public class CtiNotFoundException extends CtiProblemException {

    private static final long serialVersionUID = 1L;

    public CtiNotFoundException(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
