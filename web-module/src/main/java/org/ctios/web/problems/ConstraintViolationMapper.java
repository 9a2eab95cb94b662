package org.ctios.web.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation's verdict on a request (a body or a parameter that breaks its constraints): 400 problem details of
 * type {@code urn:ctios:problem:validation}, with each offending field named as a path into the JSON body.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ValidationProblem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new ValidationProblem.FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ValidationProblem.FieldError::field)
                        .thenComparing(ValidationProblem.FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ValidationProblem(ValidationProblem.TYPE, "Invalid request", 400, detail, errors).toResponse();
    }

    /**
     * The path below the resource method's parameter, such as {@code destination} or {@code ecc[user.x]}; for a
     * constraint on a parameter itself, the parameter's name (the build keeps names; call the entity {@code body}).
     */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER) {
                continue;
            }
            boolean named = node.getKind() == ElementKind.PROPERTY && node.getName() != null;
            if (named) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
            if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            } else if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
