package org.ctios.connector.api;

/** A control request through the CTI connector did not succeed. */
public class CtiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CtiException(String message) {
        super(message);
    }

    public CtiException(String message, Throwable cause) {
        super(message, cause);
    }
}
