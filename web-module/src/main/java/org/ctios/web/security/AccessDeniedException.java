package org.ctios.web.security;

/** The caller is signed in but may not do this: answered 403 by {@link AccessDeniedMapper}. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
