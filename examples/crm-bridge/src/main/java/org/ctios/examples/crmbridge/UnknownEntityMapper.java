package org.ctios.examples.crmbridge;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.server.api.UnknownEntityException;

/**
 * An agent (or call, team) CTI OS does not know, as CTI OS's own API says it. The desk's exception arrives as it is
 * through the EJB view: it is an application exception, not wrapped in an {@code EJBException}.
 */
@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Override
    public Response toResponse(UnknownEntityException exception) {
        return new Problem("urn:ctios:problem:unknown-resource", "Unknown resource", 404, exception.getMessage(),
                null).response().build();
    }
}
