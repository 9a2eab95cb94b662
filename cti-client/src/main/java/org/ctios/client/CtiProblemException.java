package org.ctios.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with a problem ({@code application/problem+json}); {@link #problem()} carries its details. The
 * subclasses name the answers a client handles differently: {@link CtiConflictException} (409),
 * {@link CtiUnavailableException} (503, 429), {@link CtiTimeoutException} (504), {@link CtiInvalidRequestException}
 * (400, 413, 415, 422), {@link CtiNotFoundException} (404), {@link CtiAccessException} (401, 403).
 */
public class CtiProblemException extends CtiException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final Duration retryAfter;

    public CtiProblemException(Problem problem, Duration retryAfter) {
        super(problem.status() + " " + problem.type() + ": "
                + (problem.detail() != null ? problem.detail() : problem.title()), null);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** The problem type, such as {@code urn:ctios:problem:cti-refused}. */
    public String type() {
        return problem.type();
    }

    /** The answer's {@code Retry-After}, when it had one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
