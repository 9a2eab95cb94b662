package org.ctios.web.api.input;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter whose value does not fit its type. A {@link BadRequestException}, because the
 * runtime passes only those on unchanged from a parameter's conversion; {@code InvalidParameterMapper} answers it.
 */
public class InvalidParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String problem;

    public InvalidParameterException(String parameter, String problem) {
        super(parameter + " " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String problem() {
        return problem;
    }
}
