package org.ctios.examples.crmbridge;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.connector.api.CtiException;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.connector.api.CtiTimeoutException;

/** The connector's typed exceptions as problem details, with the connector's reason. */
@Provider
public class CtiExceptionMapper implements ExceptionMapper<CtiException> {

    /** A link down usually comes back within seconds (failover to the other side). */
    private static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(CtiException exception) {
        if (exception instanceof CtiRequestRefusedException refused) {
            return new Problem("urn:ctios:problem:cti-refused", "Refused by the CTI Server", 409,
                    refused.getMessage(), refused.failureName()).response().build();
        }
        if (exception instanceof CtiLinkDownException) {
            return new Problem("urn:ctios:problem:link-down", "CTI link down", 503, exception.getMessage(), null)
                    .response().header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (exception instanceof CtiTimeoutException) {
            return new Problem("urn:ctios:problem:cti-timeout", "No answer from the CTI Server", 504,
                    exception.getMessage(), null).response().build();
        }
        return new Problem("urn:ctios:problem:cti-error", "CTI error", 502, exception.getMessage(), null).response()
                .build();
    }
}
