package org.ctios.connector.api;

/** The CTI Server did not confirm a request within the connector's request timeout. */
public class CtiTimeoutException extends CtiException {

    private static final long serialVersionUID = 1L;

    public CtiTimeoutException(String message) {
        super(message);
    }
}
