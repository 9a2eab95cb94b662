package org.ctios.connector.api;

/** The CTI link is down: the request was not sent (or its answer was lost with the link). Try again later. */
public class CtiLinkDownException extends CtiException {

    private static final long serialVersionUID = 1L;

    public CtiLinkDownException(String message) {
        super(message);
    }
}
