package org.ctios.web.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The CTI Server refused a control request: problem details with the protocol's failure code.
 *
 * @param failureCode the CONTROL_FAILURE_CONF failure code or FAILURE_CONF status
 * @param failureName its name, such as {@code NO_CALL_TO_ANSWER}
 */
public record CtiRefusalProblem(String type, String title, int status, String detail, long failureCode,
                                String failureName) {

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(this).build();
    }
}
