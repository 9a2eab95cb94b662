package org.ctios.web.api.system;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ctios.server.api.ApplyReadings;
import org.ctios.server.api.CtiLink;
import org.ctios.server.api.LinkHolding;
import org.ctios.server.api.view.ApplyFigures;
import org.ctios.web.settings.SettingsCheck;
import org.ctios.web.cluster.AtLinkHolder;
import org.ctios.web.events.EventStreams;
import org.ctios.web.security.Authorisation;
import org.ctios.web.audit.AuditNote;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The state of the CTI link and how fast its events are applied, for operators, health checks and benchmarks; and
 * the link's state alone ({@code /system/link}) for every desktop.
 */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "System", description = "The CTI link, the event apply figures and the server's warnings; "
        + "accounts' passwords")
public class SystemResource {

    @Inject
    private CtiLink control;

    @Inject
    private ApplyReadings statistics;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @Inject
    private EventStreams eventStreams;

    @Inject
    private LinkHolding election;

    @Inject
    private ServerWarnings warnings;

    @Inject
    private SettingsCheck settings;

    @AtLinkHolder
    @GET
    @Operation(summary = "The CTI link: connected or not, which side, since when, its counters and last error; "
            + "whether the demo accounts are on, the server's warnings, and the ctios.* settings set that no part "
            + "of CTI OS reads (crm, admin)")
    @APIResponse(responseCode = "200", description = "The link status",
            content = @Content(schema = @Schema(implementation = LinkStatusRepresentation.class)))
    public LinkStatusRepresentation linkStatus() {
        authorisation.requireSystemRead();
        return LinkStatusRepresentation.of(control.linkStatus(), election.holderUrl().orElse(null), warnings,
                settings.unknown());
    }

    /** What every page shows as a banner: the demo accounts being on, for one. */
    @GET
    @Path("warnings")
    @Operation(summary = "What every signed-in user should know about how the server runs, such as demo accounts "
            + "being on; empty when it runs as in production")
    @APIResponse(responseCode = "200", description = "The warnings",
            content = @Content(schema = @Schema(implementation = ServerWarningsRepresentation.class)))
    public ServerWarningsRepresentation serverWarnings() {
        authorisation.requireServerWarnings();
        return new ServerWarningsRepresentation(warnings.current());
    }

    /** What every desktop needs for its "link down" banner; {@link #linkStatus()} adds the operators' counters. */
    @AtLinkHolder
    @GET
    @Path("link")
    @Operation(summary = "Whether the CTI link is up, which side, since when: for every signed-in user")
    @APIResponse(responseCode = "200", description = "The link's state",
            content = @Content(schema = @Schema(implementation = LinkStateRepresentation.class)))
    public LinkStateRepresentation linkState() {
        authorisation.requireLinkState();
        return LinkStateRepresentation.of(control.linkStatus());
    }

    /** Every client comes back (its EventSource or the pages' reader reconnects by itself) to a fresh snapshot. */
    @POST
    @Path("event-streams/restart")
    @Operation(summary = "Close every event stream so that each client reconnects to a fresh snapshot (admin)")
    @APIResponse(responseCode = "204", description = "Every stream was closed; clients reconnect by themselves")
    public void restartEventStreams() {
        audit.administration("restart-event-streams", null);
        authorisation.requireSystemAdministration();
        eventStreams.restartAll();
    }

    @AtLinkHolder
    @GET
    @Path("apply-statistics")
    @Operation(summary = "How many events were applied, rolled back, and how long they took, in this interval")
    @APIResponse(responseCode = "200", description = "The figures of the current interval",
            content = @Content(schema = @Schema(implementation = ApplyStatisticsRepresentation.class)))
    public ApplyStatisticsRepresentation applyStatistics() {
        authorisation.requireSystemRead();
        return ApplyStatisticsRepresentation.of(statistics.figures(false));
    }

    /** Closes the current interval, answering its figures, and starts a new one. */
    @AtLinkHolder
    @DELETE
    @Path("apply-statistics")
    @Operation(summary = "Close the current interval, answering its figures, and start a new one")
    @APIResponse(responseCode = "200", description = "The figures of the interval just closed",
            content = @Content(schema = @Schema(implementation = ApplyStatisticsRepresentation.class)))
    public ApplyStatisticsRepresentation resetApplyStatistics() {
        audit.administration("reset-apply-statistics", null);
        authorisation.requireSystemAdministration();
        return ApplyStatisticsRepresentation.of(statistics.figures(true));
    }
}
