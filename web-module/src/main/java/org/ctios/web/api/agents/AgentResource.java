package org.ctios.web.api.agents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.AgentDesk;
import org.ctios.server.api.AgentStatisticsReads;
import org.ctios.server.api.StateChangeResult;
import org.ctios.server.api.StateRequest;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.cluster.AtLinkHolder;
import org.ctios.web.api.reasoncodes.ReasonCodes;
import org.ctios.web.representation.AgentRepresentation;
import org.ctios.web.representation.AgentStatisticsRepresentation;
import org.ctios.web.representation.ViewTexts;
import org.ctios.web.security.Authorisation;
import org.ctios.web.audit.AuditNote;
import org.ctios.web.idempotency.Idempotent;
import org.ctios.web.idempotency.IdempotentRequests;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agents and their live states; a thin layer over {@link AgentDesk}. */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Agents", description = "Agents, their live states and state changes")
public class AgentResource {

    @Inject
    private AgentDesk desk;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @Inject
    private ReasonCodes reasonCodes;

    @Inject
    private ViewTexts texts;

    @Inject
    private AgentStatisticsReads agentStatistics;

    @GET
    @Operation(operationId = "listAgents",
            summary = "All known agents with their states, calls and enabled actions")
    @APIResponse(responseCode = "200", description = "The agents",
            content = @Content(schema = @Schema(implementation = AgentRepresentation.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Response all() {
        // written from each agent's text kept since it last changed: a poll of thousands of agents serialises few
        return Response.ok(texts.agentArray(authorisation.visibleAgents(desk.agents())), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgent", summary = "One agent")
    @APIResponse(responseCode = "200", description = "The agent",
            content = @Content(schema = @Schema(implementation = AgentRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public AgentRepresentation one(@Parameter(description = "ACD agent id", example = "1001")
                                   @PathParam("id") String id) {
        authorisation.requireAgent(id);
        return AgentRepresentation.of(desk.agent(id), reasonCodes.labels());
    }

    @AtLinkHolder
    @GET
    @Path("{id}/statistics")
    @Operation(operationId = "getAgentStatistics",
            summary = "The agent's call-handling statistics from the switch, since login and today",
            description = "QUERY_AGENT_STATISTICS's figures under plain names. The switch is asked at most once per "
                    + "agent per ctios.agent-statistics.interval (default 30 s), and only when someone reads: a "
                    + "younger reading is answered from memory, concurrent readers share one query; ageSeconds "
                    + "says how old the figures are.")
    @APIResponse(responseCode = "200", description = "The agent's latest figures",
            content = @Content(schema = @Schema(implementation = AgentStatisticsRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "503", ref = ProblemResponses.LINK_DOWN)
    @APIResponse(responseCode = "504", ref = ProblemResponses.TIMEOUT)
    public AgentStatisticsRepresentation statistics(@Parameter(description = "ACD agent id", example = "1001")
                                                    @PathParam("id") String id) {
        authorisation.requireAgent(id);
        return AgentStatisticsRepresentation.of(agentStatistics.statistics(id), agentStatistics.refreshInterval(),
                Instant.now());
    }

    /**
     * Asks the CTI Server to move the agent to a state, if the agent's enabled actions allow it. 200 with the agent
     * once its stored state shows the change; 202 with the agent as it is when the CTI Server confirmed but the
     * event has not been applied within the bound.
     * <p>{@code idempotencyKey} is honoured by {@code IdempotentRequests} before this method runs; it is a parameter
     * only so that the OpenAPI document names the header (Payara's scanner ignores a method-level header parameter).
     */
    @AtLinkHolder
    @Idempotent
    @PUT
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the agent's state (agent or supervisor)",
            description = "Checked against the agent's enabled actions, sent to the CTI Server, and answered once "
                    + "the stored agent shows the change (200) or, if its event is not applied within "
                    + "ctios.agents.state-change-wait (default 2 s), with the agent as it is (202).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgentStateChange.class),
            examples = {
                @ExampleObject(name = "ready", value = "{\"state\": \"AVAILABLE\"}"),
                @ExampleObject(name = "not ready", value = "{\"state\": \"NOT_READY\", \"reasonCode\": 12}"),
                @ExampleObject(name = "login",
                        value = "{\"state\": \"LOGIN\", \"instrument\": \"2001\", \"password\": \"1001\"}")}))
    @APIResponse(responseCode = "200", description = "Changed: the agent as stored after the change",
            content = @Content(schema = @Schema(implementation = AgentRepresentation.class)))
    @APIResponse(responseCode = "202", description = "Confirmed by the CTI Server, not yet applied: the agent now",
            content = @Content(schema = @Schema(implementation = AgentRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "503", ref = ProblemResponses.LINK_DOWN)
    @APIResponse(responseCode = "504", ref = ProblemResponses.TIMEOUT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.KEY_REUSED)
    public Response changeState(@PathParam("id") String id, @NotNull(message = "a JSON body is required")
                                @Valid AgentStateChange change,
                                @Parameter(description = IdempotentRequests.DESCRIPTION,
                                        schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255),
                                        example = "5f2b8c0e-6d1a-4e57-9a3c-1b7d2e4f9a60")
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        audit.control("agent-state " + change.getState(), id, null);
        authorisation.requireAgent(id);
        AgentState target = AgentState.valueOf(change.getState());
        int reasonCode = change.getReasonCode() == null ? 0 : change.getReasonCode();
        StateChangeResult result = desk.changeState(id,
                new StateRequest(target, reasonCode, change.getInstrument(), change.getPassword()));
        return Response.status(result.applied() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(AgentRepresentation.of(result.agent(), reasonCodes.labels())).build();
    }
}
