package org.ctios.examples.crmbridge;

import jakarta.ws.rs.core.Response;

/**
 * A problem details answer (RFC 9457), with CTI OS's problem types so that a client of both reads them alike.
 *
 * @param failureName the CTI Server's reason when it refused, such as {@code INVALID_AGENT_STATE}; else {@code null}
 */
public record Problem(String type, String title, int status, String detail, String failureName) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
