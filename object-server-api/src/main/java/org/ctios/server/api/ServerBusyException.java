package org.ctios.server.api;

import jakarta.ejb.ApplicationException;

/**
 * The server has too much to do to answer this request now; it may be asked again after {@link #retryAfterSeconds()}.
 * Nothing was changed.
 */
@ApplicationException(rollback = true)
public class ServerBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public ServerBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
