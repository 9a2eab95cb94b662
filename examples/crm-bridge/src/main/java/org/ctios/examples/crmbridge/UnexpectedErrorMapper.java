package org.ctios.examples.crmbridge;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What no other mapper answers, as problem details rather than the container's HTML page: 500, logged with an id
 * the answer repeats, the exception's internals kept out of the answer.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "request failed unexpectedly (" + id + ")", exception);
        return new Problem("urn:ctios:problem:internal-error", "Internal error", 500,
                "the bridge could not answer this request; its log names it " + id, null).response().build();
    }
}
