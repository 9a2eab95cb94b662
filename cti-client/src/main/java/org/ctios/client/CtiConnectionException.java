package org.ctios.client;

/**
 * No answer came: the server could not be reached, the connection broke, or the request's own timeout passed. Whether
 * the server acted is unknown; a control request may be repeated with the same {@code Idempotency-Key}, which the
 * library sends with the three idempotent operations (see the README).
 */
public class CtiConnectionException extends CtiException {

    private static final long serialVersionUID = 1L;

    public CtiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
