package org.ctios.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.server.api.WrapUpRefusedException;

/** 409 {@code urn:ctios:problem:wrapup-refused}: the agent did not handle the call, or its wrap-up is over. */
@Provider
public class WrapUpRefusedMapper implements ExceptionMapper<WrapUpRefusedException> {

    static final String TYPE = "urn:ctios:problem:wrapup-refused";

    @Override
    public Response toResponse(WrapUpRefusedException exception) {
        return new Problem(TYPE, "Wrap-up refused", 409, exception.getMessage()).toResponse();
    }
}
