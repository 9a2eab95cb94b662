package org.ctios.web.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error answer as RFC 9457 problem details. {@code type} is a stable URN per kind of error, so clients can
 * branch on it; {@code title} is the same for every problem of a type, {@code detail} explains this occurrence.
 */
public record Problem(String type, String title, int status, String detail) {

    /** Media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
