package org.ctios.web.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.web.problems.Problem;

/** 403 with a problem body: signed in, but not allowed. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    /** The problem type of every refusal. */
    public static final String TYPE = "urn:ctios:problem:forbidden";

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return new Problem(TYPE, "Forbidden", 403, exception.getMessage()).toResponse();
    }
}
