package org.ctios.server.api;

/** No call with that id is in progress. */
public class UnknownCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long callId;

    public UnknownCallException(long callId) {
        super("no call in progress with id '" + callId + "'");
        this.callId = callId;
    }

    public long callId() {
        return callId;
    }
}
