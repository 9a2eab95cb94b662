package org.ctios.simulator.admin;

/**
 * A bound the simulator keeps was reached (as many calls as may wait for one agent already wait): the admin interface
 * answers 429 with Retry-After, so a caller can tell a full queue from a refusal and try again later.
 */
public final class LimitReached extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public LimitReached(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which trying again may succeed. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
