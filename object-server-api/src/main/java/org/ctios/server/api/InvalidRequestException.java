package org.ctios.server.api;

import jakarta.ejb.ApplicationException;

/**
 * A request that cannot be carried out as it is, found before anything was sent: an agent state change naming no
 * instrument for an agent who has none, bad call data, no destination. An {@link IllegalArgumentException}, so
 * callers that handle those handle it; its own type so that it crosses an EJB view unwrapped (the desks' EJB views
 * turn every other {@code IllegalArgumentException} into one).
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }

    /** The same refusal, raised as an {@link IllegalArgumentException} below the desks. */
    public InvalidRequestException(IllegalArgumentException refusal) {
        super(refusal.getMessage(), refusal);
    }
}
