package org.ctios.web.problems;

/** A request named an agent, call or other resource that does not exist. */
public class UnknownResourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownResourceException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
    }
}
