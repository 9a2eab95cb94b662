package org.ctios.client;

/** Whatever the library reports as failed: a problem the server answered, or no answer at all. Unchecked. */
public class CtiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CtiException(String message, Throwable cause) {
        super(message, cause);
    }
}
