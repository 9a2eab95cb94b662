package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.server.api.ServerBusyException;

/** 503 with Retry-After when the server has too much to do to answer now (its requests' database share is taken). */
@Provider
public class ServerBusyMapper implements ExceptionMapper<ServerBusyException> {

    /** The problem type of every "try again shortly" answer. */
    public static final String TYPE = "urn:ctios:problem:server-busy";

    @Override
    public Response toResponse(ServerBusyException exception) {
        return Response.fromResponse(new Problem(TYPE, "Server busy", 503, exception.getMessage()).toResponse())
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds())).build();
    }
}
