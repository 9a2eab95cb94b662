package org.ctios.client;

import java.util.Optional;

/**
 * A control request's success: the server's status and what it answered with.
 *
 * @param status 200 or 201 (the change is stored: the server's view already shows it), 202 (the CTI Server confirmed
 *               it, the events showing it were not applied within the server's wait; the session's objects follow
 *               when they are) or 204 (done, nothing to show: a call that ended)
 * @param value  the agent or call as the server answered it, null for 204 and for requests without one
 * @param <T>    what the operation answers with
 */
public record Outcome<T>(int status, T value) {

    /** Whether the server already shows the change (200, 201, 204), rather than having it only confirmed (202). */
    public boolean stored() {
        return status != 202;
    }

    public Optional<T> result() {
        return Optional.ofNullable(value);
    }
}
