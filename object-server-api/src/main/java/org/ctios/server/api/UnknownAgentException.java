package org.ctios.server.api;

/** No agent with that id is known (from the organisation or the CTI Server's events). */
public class UnknownAgentException extends UnknownEntityException {

    private static final long serialVersionUID = 1L;

    public UnknownAgentException(String agentId) {
        super("agent", agentId);
    }
}
