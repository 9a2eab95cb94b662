package org.ctios.web.api.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctios.server.api.CallReads;
import org.ctios.server.api.HelpDesk;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.web.representation.HelpAlertRepresentation;
import org.ctios.server.api.UnknownTeamException;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.web.api.reasoncodes.ReasonCodes;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervisor's view of the teams. A supervisor changes a member's state with {@code PUT /agents/{id}/state} and
 * barges in with {@code POST /calls/{id}/supervise}.
 */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Teams", description = "Supervisor view: teams, their members' states and calls")
public class TeamResource {

    @Inject
    private Authorisation authorisation;

    @Inject
    private SupervisorDesk desk;

    @Inject
    private ReasonCodes reasonCodes;

    @Inject
    private HelpDesk helpDesk;

    @Inject
    private CallReads calls;

    @GET
    @Operation(operationId = "listTeams", summary = "All teams with their members")
    @APIResponse(responseCode = "200", description = "The teams, by id",
            content = @Content(schema = @Schema(implementation = TeamRepresentation.class, type = SchemaType.ARRAY)))
    public List<TeamRepresentation> all() {
        List<SilentMonitorView> monitors = desk.silentMonitors();
        List<HelpAlertRepresentation> alerts = helpAlerts();
        return desk.teams().stream().filter(team -> authorisation.maySeeTeam(team.id()))
                .map(team -> TeamRepresentation.of(team, reasonCodes.labels(), monitors, alerts))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTeam",
            summary = "One team: supervisors, members with states and calls, and per-state counts")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public TeamRepresentation one(@Parameter(description = "Team id", example = "1") @PathParam("id") String id) {
        int teamId;
        try {
            teamId = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw new UnknownTeamException(id);
        }
        authorisation.requireTeam(teamId);
        return TeamRepresentation.of(desk.team(teamId), reasonCodes.labels(), desk.silentMonitors(), helpAlerts());
    }

    private List<HelpAlertRepresentation> helpAlerts() {
        return helpDesk.openAlerts().stream().map(alert -> HelpAlertRepresentation.of(alert,
                alert.callId() == null ? null : calls.byId(alert.callId()).orElse(null))).toList();
    }
}
