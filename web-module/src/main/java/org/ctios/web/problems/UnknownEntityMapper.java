package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.server.api.UnknownEntityException;

/** 404 for an agent, team or call the CDI API does not know, the same problem type as the REST layer's own. */
@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Override
    public Response toResponse(UnknownEntityException exception) {
        return new Problem(UnknownResourceMapper.TYPE, "Unknown resource", 404, exception.getMessage()).toResponse();
    }
}
