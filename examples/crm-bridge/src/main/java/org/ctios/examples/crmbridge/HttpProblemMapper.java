package org.ctios.examples.crmbridge;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS refuses itself (unknown path, method, media type) as problem details too, never an HTML page. */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Response.ResponseBuilder answer = new Problem("urn:ctios:problem:http-" + status,
                type == null ? "HTTP " + status : type.getReasonPhrase(), status, exception.getMessage(), null)
                .response();
        // 405 must say which methods are allowed.
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }
}
