package org.ctios.server.api;

import jakarta.ejb.ApplicationException;

/**
 * A wrap-up the rules do not take now: the agent did not handle the call, or the call's wrap-up is over (the agent
 * has had a call since, or the window after the call's end has passed).
 */
@ApplicationException(rollback = true)
public class WrapUpRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrapUpRefusedException(String message) {
        super(message);
    }
}
