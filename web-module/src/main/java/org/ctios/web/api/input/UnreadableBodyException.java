package org.ctios.web.api.input;

/**
 * A request body that is not the JSON the operation takes (malformed, or a value of the wrong type): invalid input
 * like any other, so the 400 of {@link org.ctios.web.problems.BadRequestMapper}.
 */
public class UnreadableBodyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnreadableBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
