package org.ctios.web.events;

/** A stream was asked for with a filter or mode that cannot be understood. */
public class InvalidEventFilterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidEventFilterException(String message) {
        super(message);
    }
}
