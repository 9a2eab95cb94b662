package org.ctios.web.api.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A request body that breaks its constraints: problem details with one entry per offending field.
 *
 * @param errors each field (a JSON path such as {@code callVariables[CallVariable11]}) with what is wrong with it
 */
public record ValidationProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** One broken constraint. */
    public record FieldError(String field, String message) {
    }

    public ValidationProblem {
        errors = List.copyOf(errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(this).build();
    }
}
