package org.ctios.server.api;

import jakarta.ejb.ApplicationException;

/** A supervisor asked to act on a call on which no other agent is connected: nothing was sent. */
@ApplicationException(rollback = true)
public class NoAgentToSuperviseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoAgentToSuperviseException(long callId, String supervisorId) {
        super("call " + callId + " has no agent other than " + supervisorId + " to supervise");
    }
}
