package org.ctios.web.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A request body or parameter that failed validation: problem details listing every field error.
 *
 * @param errors one entry per invalid field, in field order
 */
public record ValidationProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The problem type of every request that fails validation, wherever it is found. */
    public static final String TYPE = "urn:ctios:problem:validation";

    /** One invalid field: its name in the request ({@code body} for the body as a whole) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public ValidationProblem {
        errors = List.copyOf(errors);
    }

    public static ValidationProblem of(List<FieldError> errors) {
        return new ValidationProblem(TYPE, "Invalid request", 400, errors.size() == 1
                ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(this).build();
    }
}
