package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.connector.api.CtiException;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.connector.api.CtiTimeoutException;

/** A control request that did not succeed, as problem details: refused (409), link down (503), no answer (504). */
@Provider
public class CtiExceptionMapper implements ExceptionMapper<CtiException> {

    /** Seconds a client should wait before retrying while the link is down: the first reconnect delays. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(CtiException exception) {
        if (exception instanceof CtiRequestRefusedException refused) {
            return new CtiRefusalProblem("urn:ctios:problem:cti-refused", "Refused by the CTI Server", 409,
                    refused.getMessage(), refused.failureCode(), refused.failureName()).toResponse();
        }
        if (exception instanceof CtiLinkDownException) {
            return Response.fromResponse(new Problem("urn:ctios:problem:link-down", "CTI link down", 503,
                    exception.getMessage()).toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (exception instanceof CtiTimeoutException) {
            return new Problem("urn:ctios:problem:cti-timeout", "No answer from the CTI Server", 504,
                    exception.getMessage()).toResponse();
        }
        return new Problem("urn:ctios:problem:cti-error", "CTI request failed", 502, exception.getMessage())
                .toResponse();
    }
}
