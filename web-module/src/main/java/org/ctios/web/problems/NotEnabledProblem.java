package org.ctios.web.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The enablement rules refuse an action: problem details with what the agent may do instead.
 *
 * @param requestedAction the button the request needed, when it maps to one (absent from the JSON otherwise)
 * @param enabledActions  the actions enabled now, sorted
 */
public record NotEnabledProblem(String type, String title, int status, String detail, String requestedAction,
                                List<String> enabledActions) {

    public NotEnabledProblem {
        enabledActions = List.copyOf(enabledActions);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(this).build();
    }
}
