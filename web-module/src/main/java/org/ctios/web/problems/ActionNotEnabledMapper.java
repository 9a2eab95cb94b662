package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.ctios.server.api.ActionNotEnabledException;

/** 409 {@code urn:ctios:problem:not-enabled} with the actions that are enabled instead. */
@Provider
public class ActionNotEnabledMapper implements ExceptionMapper<ActionNotEnabledException> {

    static final String TYPE = "urn:ctios:problem:not-enabled";

    @Override
    public Response toResponse(ActionNotEnabledException exception) {
        return new NotEnabledProblem(TYPE, "Action not enabled", 409, exception.getMessage(),
                exception.requestedAction(), List.copyOf(exception.enabledActions())).toResponse();
    }
}
