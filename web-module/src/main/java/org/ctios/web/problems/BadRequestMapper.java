package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the application refuses as malformed (an unknown state, a missing field): 400 with the reason. */
@Provider
public class BadRequestMapper implements ExceptionMapper<IllegalArgumentException> {

    @Override
    public Response toResponse(IllegalArgumentException exception) {
        return new Problem("urn:ctios:problem:validation", "Invalid request", 400, exception.getMessage())
                .toResponse();
    }
}
