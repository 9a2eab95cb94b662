package org.ctios.server.api;

import jakarta.ejb.ApplicationException;

/** A user message that cannot be sent as it is: no text, too long a text, a control character, no recipient. */
@ApplicationException(rollback = true)
public class InvalidMessageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String message) {
        super(message);
    }
}
