package org.ctios.server.api;

/** No team with that id is configured. */
public class UnknownTeamException extends UnknownEntityException {

    private static final long serialVersionUID = 1L;

    public UnknownTeamException(String teamId) {
        super("team", teamId);
    }
}
