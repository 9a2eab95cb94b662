package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.server.api.NoAgentToSuperviseException;

/** 409: the call has no agent for the supervisor to act on. */
@Provider
public class NoAgentToSuperviseMapper implements ExceptionMapper<NoAgentToSuperviseException> {

    @Override
    public Response toResponse(NoAgentToSuperviseException exception) {
        return new Problem("urn:ctios:problem:no-agent-on-call", "No agent to supervise", 409,
                exception.getMessage()).toResponse();
    }
}
