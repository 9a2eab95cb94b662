package org.ctios.web.api.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.server.api.UnknownCallException;

/** A call that is not in progress: 404 like every unknown resource. */
@Provider
public class UnknownCallMapper implements ExceptionMapper<UnknownCallException> {

    @Override
    public Response toResponse(UnknownCallException exception) {
        return new Problem(UnknownResourceMapper.TYPE, "Unknown resource", 404, exception.getMessage()).toResponse();
    }
}
