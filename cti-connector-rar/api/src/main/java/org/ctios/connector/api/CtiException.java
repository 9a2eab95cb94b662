package org.ctios.connector.api;

import jakarta.ejb.ApplicationException;

/**
 * A control request through the CTI connector did not succeed. An application exception: it leaves an EJB's business
 * method as it is, not wrapped in an {@code EJBException}, and still rolls the method's transaction back.
 */
@ApplicationException(rollback = true)
public class CtiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CtiException(String message) {
        super(message);
    }

    public CtiException(String message, Throwable cause) {
        super(message, cause);
    }
}
