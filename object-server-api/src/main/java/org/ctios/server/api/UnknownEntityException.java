package org.ctios.server.api;

import jakarta.ejb.ApplicationException;

/** A request named an agent, team or call that CTI OS does not know. */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    protected UnknownEntityException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** What was asked for: agent, team or call. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
