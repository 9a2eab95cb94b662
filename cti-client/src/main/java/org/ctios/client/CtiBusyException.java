package org.ctios.client;

/** The session already has its limit of requests waiting for answers; nothing was sent. Try again when some answered. */
public class CtiBusyException extends CtiException {

    private static final long serialVersionUID = 1L;

    public CtiBusyException(String message) {
        super(message, null);
    }
}
