package org.ctios.web.api.wrapup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ctios.server.api.WrapUps;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The wrap-up reasons of this deployment (ctios.wrapup.reasons, and a team's own ctios.wrapup.reasons.team.N), for
 * the desktop's pick list after a call. Every signed-in caller may read them.
 */
@Path("wrapup-reasons")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Wrap-up", description = "Wrap-up reasons (dispositions) and an agent's wrap-up of an ended call")
public class WrapUpReasonResource {

    @Inject
    private WrapUps wrapUps;

    @Inject
    private Authorisation authorisation;

    @GET
    @Operation(operationId = "getWrapUpReasons", summary = "The wrap-up reasons an agent or a team is offered",
            description = "With agentId, the list of that agent's team; with teamId, that team's; with neither, "
                    + "the global list. A team with a list of its own (ctios.wrapup.reasons.team.N) is offered "
                    + "that list, every other team the global one (ctios.wrapup.reasons).")
    @APIResponse(responseCode = "200", description = "The reasons, in the configured order",
            content = @Content(schema = @Schema(implementation = WrapUpReasonsRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public WrapUpReasonsRepresentation reasons(@QueryParam("agentId") String agentId,
                                               @QueryParam("teamId") Integer teamId) {
        authorisation.requireWrapUpReasons();
        if (agentId != null && teamId != null) {
            throw new IllegalArgumentException("give agentId or teamId, not both");
        }
        return new WrapUpReasonsRepresentation(agentId != null ? wrapUps.reasonsFor(agentId)
                : wrapUps.reasonsOfTeam(teamId));
    }
}
