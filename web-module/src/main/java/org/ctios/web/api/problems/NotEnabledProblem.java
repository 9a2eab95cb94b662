package org.ctios.web.api.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The requested change is not enabled in the agent's current situation.
 *
 * @param requestedAction the button the request needed
 * @param enabledActions  the buttons enabled now
 */
public record NotEnabledProblem(String type, String title, int status, String detail, String requestedAction,
                                List<String> enabledActions) {

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(this).build();
    }
}
