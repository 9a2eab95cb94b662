package org.ctios.web.api.system;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ctios.server.application.AgentControl;

/** The state of the CTI link, for operators and health checks. */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SystemResource {

    @Inject
    private AgentControl control;

    @GET
    public LinkStatusRepresentation linkStatus() {
        return LinkStatusRepresentation.of(control.linkStatus());
    }
}
