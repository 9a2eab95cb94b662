package org.ctios.server.api;

/** No ended call with that key is in the history. */
public class UnknownCallRecordException extends UnknownEntityException {

    private static final long serialVersionUID = 1L;

    public UnknownCallRecordException(String callKey) {
        super("call record", callKey);
    }
}
