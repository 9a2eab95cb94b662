package org.ctios.server.api;

/** No call with that id is in progress. */
public class UnknownCallException extends UnknownEntityException {

    private static final long serialVersionUID = 1L;

    public UnknownCallException(long callId) {
        this(String.valueOf(callId));
    }

    public UnknownCallException(String callId) {
        super("call", callId);
    }
}
