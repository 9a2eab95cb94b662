package org.ctios.server.api;

/** A user message that cannot be sent as it is: no text, too long a text, a control character, no recipient. */
public class InvalidMessageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String message) {
        super(message);
    }
}
