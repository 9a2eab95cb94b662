package org.ctios.web.problems;

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
        // A body the runtime cannot read (malformed JSON) is invalid input like any other.
        String type = switch (status.getStatusCode()) {
            case 404 -> UnknownResourceMapper.TYPE;
            case 400 -> ValidationProblem.TYPE;
            default -> "urn:ctios:problem:http-" + status.getStatusCode();
        };
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), exception.getMessage())
                .toResponse();
    }
}
