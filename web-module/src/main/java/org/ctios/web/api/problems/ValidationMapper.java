package org.ctios.web.api.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of a request as 400 problem details with one error per field. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ValidationProblem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new ValidationProblem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(ValidationProblem.FieldError::field)
                .thenComparing(ValidationProblem.FieldError::message));
        return ValidationProblem.of(errors).toResponse();
    }

    /** The field as the client named it: the property path below the method and its parameter. */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
