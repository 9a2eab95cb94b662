package org.ctios.web.api.help;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ctios.server.api.CallReads;
import org.ctios.server.api.HelpDesk;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.web.audit.AuditNote;
import org.ctios.web.cluster.AtLinkHolder;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.representation.HelpAlertRepresentation;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agent presses Assist or Emergency. Its own root path, beside the agent resource's. */
@Path("agents/{id}/help")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Agents")
public class HelpResource {

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @Inject
    private HelpDesk desk;

    @Inject
    private CallReads calls;

    @AtLinkHolder
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askForHelp", summary = "The agent asks its team's supervisor for help, or declares an "
            + "emergency, about its current call",
            description = "Sent to the CTI Server from the agent's instrument (SUPERVISOR_ASSIST_REQ or "
                    + "EMERGENCY_CALL_REQ); answers on its confirmation with the alert asked for. The alert opens "
                    + "when the CTI Server's SUPERVISOR_ASSIST_EVENT or EMERGENCY_CALL_EVENT is applied, as for help "
                    + "another CTI client asked for: every supervisor of the team gets it with the call "
                    + "(HelpRequested on the team's streams, and in GET /teams/{id}); the agent's own stream says "
                    + "help is coming. The alert stays open until a supervisor monitors, barges in on or "
                    + "intercepts the call, the call ends, or ctios.help.alert has passed. 409 with failureName "
                    + "SUPERVISOR_NOT_FOUND when no supervisor of the team is logged in.")
    @APIResponse(responseCode = "200", description = "The alert, open",
            content = @Content(schema = @Schema(implementation = HelpAlertRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "403", description = "Not the agent itself (or admin): nothing was sent to the CTI "
            + "Server", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "503", ref = ProblemResponses.LINK_DOWN)
    @APIResponse(responseCode = "504", ref = ProblemResponses.TIMEOUT)
    public HelpAlertRepresentation askForHelp(@PathParam("id") String agentId,
                                              @NotNull(message = "a JSON body is required") @Valid
                                              HelpRequest request) {
        boolean emergency = request.getEmergency();
        audit.control(emergency ? "emergency call" : "supervisor assist", agentId, null);
        authorisation.requireHelpFor(agentId);
        HelpAlertView alert = desk.askForHelp(agentId, emergency);
        return HelpAlertRepresentation.of(alert,
                alert.callId() == null ? null : calls.byId(alert.callId()).orElse(null));
    }
}
