package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 with a problem body for an unknown resource. */
@Provider
public class UnknownResourceMapper implements ExceptionMapper<UnknownResourceException> {

    static final String TYPE = "urn:ctios:problem:unknown-resource";

    @Override
    public Response toResponse(UnknownResourceException exception) {
        return new Problem(TYPE, "Unknown resource", 404, exception.getMessage()).toResponse();
    }
}
