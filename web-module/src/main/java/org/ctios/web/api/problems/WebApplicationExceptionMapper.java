package org.ctios.web.api.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JAX-RS runtime's own errors (no such path, method not allowed...) as problem details too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String type = status.getStatusCode() == 404 ? UnknownResourceMapper.TYPE
                : "urn:ctios:problem:http-" + status.getStatusCode();
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), exception.getMessage())
                .toResponse();
    }
}
