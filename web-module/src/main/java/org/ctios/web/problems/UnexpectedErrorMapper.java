package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.api.ServerBusyException;

/**
 * What no other mapper answers: problem details, never the container's HTML page with the exception's name. A
 * server-busy refusal wrapped by a layer on its way is still answered 503 with Retry-After; anything else is 500,
 * logged with an id the answer repeats, its internals kept out of the answer.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    static final String TYPE = "urn:ctios:problem:internal-error";
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerBusyException busy) {
                return new ServerBusyMapper().toResponse(busy);
            }
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "request failed unexpectedly (" + id + ")", exception);
        return new Problem(TYPE, "Internal error", 500, "the server could not answer this request; the log names it "
                + id).toResponse();
    }
}
