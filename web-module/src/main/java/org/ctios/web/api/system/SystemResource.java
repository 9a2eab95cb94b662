package org.ctios.web.api.system;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ctios.server.application.AgentControl;
import org.ctios.server.application.ApplyStatistics;
import org.ctios.web.security.Authorisation;

/** The state of the CTI link and how fast its events are applied, for operators, health checks and benchmarks. */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SystemResource {

    @Inject
    private AgentControl control;

    @Inject
    private ApplyStatistics statistics;

    @Inject
    private Authorisation authorisation;

    @GET
    public LinkStatusRepresentation linkStatus() {
        authorisation.requireSystemRead();
        return LinkStatusRepresentation.of(control.linkStatus());
    }

    @GET
    @Path("apply-statistics")
    public ApplyStatisticsRepresentation applyStatistics() {
        authorisation.requireSystemRead();
        return ApplyStatisticsRepresentation.of(statistics.figures(false));
    }

    /** Closes the current interval, answering its figures, and starts a new one. */
    @DELETE
    @Path("apply-statistics")
    public ApplyStatisticsRepresentation resetApplyStatistics() {
        authorisation.requireSystemAdministration();
        return ApplyStatisticsRepresentation.of(statistics.figures(true));
    }
}
