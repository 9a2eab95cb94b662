package org.ctios.web.api.supervision;

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
import jakarta.ws.rs.core.Response;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.server.api.UnknownCallException;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.cluster.AtLinkHolder;
import org.ctios.web.representation.CallRepresentation;
import org.ctios.web.security.Authorisation;
import org.ctios.web.audit.AuditNote;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supervisor barges in on, intercepts, silently monitors or whispers to a call, or ends its monitor or barge-in.
 * A monitor's start and end, and a call for help taken, are the object server's notices: the team's streams show
 * them on every server of a cluster, never the monitored agent's. Its own root path, so that the call resource stays the call-control
 * code's: JAX-RS matches the longer literal path first.
 */
@Path("calls/{id}/supervise")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Teams")
public class SupervisionResource {

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @Inject
    private SupervisorDesk desk;

    @AtLinkHolder
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Barge in on, intercept, silently monitor or whisper to the call of the agent on it, or end "
            + "a monitor or barge-in (CLEAR)",
            description = "Sent to the CTI Server from the supervisor's instrument; answers with the call once the "
                    + "stored call shows the supervisor on it (and, for an intercept, the agent gone; after a CLEAR "
                    + "of a barge-in, the supervisor gone), or 202 with the call as it is when that takes longer than "
                    + "ctios.calls.stored-wait. MONITOR, WHISPER and their CLEAR change no party of the call: "
                    + "they answer 200 on the CTI Server's confirmation, and the monitor shows on the team's streams "
                    + "(SilentMonitor events) and in GET /teams/{id}, never to the monitored agent. A switch without "
                    + "whisper (the simulator) refuses WHISPER with 409.")
    @APIResponse(responseCode = "200", description = "The call as stored after the change",
            content = @Content(schema = @Schema(implementation = CallRepresentation.class)))
    @APIResponse(responseCode = "202", description = "Confirmed by the CTI Server, not stored yet: the call now",
            content = @Content(schema = @Schema(implementation = CallRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "403", description = "Not a supervisor of the call's team acting from its own agent "
            + "(or admin): nothing was sent to the CTI Server", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "503", ref = ProblemResponses.LINK_DOWN)
    @APIResponse(responseCode = "504", ref = ProblemResponses.TIMEOUT)
    public Response supervise(@PathParam("id") String id,
                              @NotNull(message = "a JSON body is required") @Valid SupervisionRequest request) {
        long callId;
        try {
            callId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownCallException(id);
        }
        audit.control("supervise " + request.getAction(), request.getSupervisorId(), callId);
        authorisation.requireSupervision(callId, request.getSupervisorId());
        SupervisoryAction action = SupervisoryAction.valueOf(request.getAction());
        CallOutcome outcome = desk.supervise(callId, request.getSupervisorId(), action);
        Object call = outcome.call().map(CallRepresentation::of).orElse(null);
        return Response.status(outcome.stored() ? Response.Status.OK : Response.Status.ACCEPTED).entity(call).build();
    }
}
