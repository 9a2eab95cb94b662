package org.ctios.web.api.input;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.web.problems.Problem;

/** 413 {@code urn:ctios:problem:body-too-large}: the body is longer than the API takes. */
@Provider
public class RequestBodyTooLargeMapper implements ExceptionMapper<RequestBodyTooLargeException> {

    static final String TYPE = "urn:ctios:problem:body-too-large";

    @Override
    public Response toResponse(RequestBodyTooLargeException exception) {
        return new Problem(TYPE, "Request body too large", 413, exception.getMessage()).toResponse();
    }
}
