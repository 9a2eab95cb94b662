package org.ctios.web.api.input;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.ctios.web.problems.ValidationProblem;

/** 400 {@code urn:ctios:problem:validation} naming the parameter whose value does not fit, as a field error. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return new ValidationProblem(ValidationProblem.TYPE, "Invalid request", 400, exception.getMessage(),
                List.of(new ValidationProblem.FieldError(exception.parameter(), exception.problem()))).toResponse();
    }
}
