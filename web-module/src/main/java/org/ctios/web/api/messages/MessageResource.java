package org.ctios.web.api.messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ctios.server.api.MessageDesk;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.UserMessagePage;
import org.ctios.web.cluster.AtLinkHolder;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.security.Authorisation;
import org.ctios.web.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Team messages: a supervisor writes to one agent of its team, to its team, an agent to its supervisors, admin to
 * everyone; each desktop and dashboard reads what it received (after a reconnection, what it missed).
 */
@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Messages", description = "Texts between supervisors and their agents, through the CTI Server")
public class MessageResource {

    @Inject
    private Authorisation authorisation;

    @Inject
    private MessageDesk desk;

    @AtLinkHolder
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a team message",
            description = "Sent to the CTI Server (USER_MESSAGE_REQ); answers once it confirmed it. The message is "
                    + "stored, and reaches its recipients' event streams as a UserMessage event, when the CTI "
                    + "Server's USER_MESSAGE_EVENT comes back. Who may send to whom is checked before anything is "
                    + "sent.")
    @APIResponse(responseCode = "202", description = "Confirmed by the CTI Server; delivered when its event comes",
            content = @Content(schema = @Schema(implementation = SentMessage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "403", description = "The caller may not write to that agent, team or everyone: "
            + "nothing was sent to the CTI Server", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "503", ref = ProblemResponses.LINK_DOWN)
    @APIResponse(responseCode = "504", ref = ProblemResponses.TIMEOUT)
    public Response send(@NotNull(message = "a JSON body is required") @Valid MessageRequest request) {
        Caller caller = authorisation.caller();
        MessageInput message = new MessageInput(caller.name(), caller.agentId(),
                MessageAudience.valueOf(request.getTo()), request.getAgentId(), request.getTeamId(), request.getText());
        authorisation.requireMessage(message.to(), message.agentId(), message.teamId());
        desk.send(message);
        return Response.accepted(new SentMessage(message.to().name(), message.agentId(), message.teamId(),
                message.text())).build();
    }

    @GET
    @Operation(summary = "Read the messages an agent or a team's supervisors received",
            description = "Newest first, within ctios.messages.retention-days: with agentId those for the agent, its "
                    + "team and everyone; with teamId those for the team's supervisors and everyone. For whoever may "
                    + "follow that agent's or team's event stream. nextBeforeId, when not null, reads the next page.")
    @APIResponse(responseCode = "200", description = "A page of messages",
            content = @Content(schema = @Schema(implementation = UserMessagePage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "403", description = "The caller may not follow that agent's or team's events",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public UserMessagePage received(@QueryParam("agentId") String agentId, @QueryParam("teamId") Integer teamId,
                                    @QueryParam("beforeId") Long beforeId,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        if ((agentId == null) == (teamId == null)) {
            throw new IllegalArgumentException("name exactly one of agentId (an agent's messages) and teamId (its "
                    + "supervisors')");
        }
        if (limit < 1 || limit > MessageDesk.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + MessageDesk.MAX_PAGE_SIZE + ", is " + limit);
        }
        if (agentId != null) {
            authorisation.requireEvents(agentId);
            return desk.receivedByAgent(agentId, beforeId, limit);
        }
        authorisation.requireTeamEvents(teamId);
        return desk.receivedBySupervisors(teamId, beforeId, limit);
    }

    /** What was sent. */
    public record SentMessage(String to, String agentId, Integer teamId, String text) {
    }
}
