package org.ctios.web.api.calls;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.CallDesk;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.CallReads;
import org.ctios.server.api.HistoryReads;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.HistoryPage;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.problems.UnknownResourceException;
import org.ctios.web.cluster.AtLinkHolder;
import org.ctios.web.representation.CallRepresentation;
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

/** The calls in progress and the call history; call control through {@link CallDesk}. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "calls", description = "Calls in progress, call control, call data and the call history")
public class CallResource {

    private static final int MAX_PAGE = 500;

    @Inject
    private ViewTexts texts;

    @Inject
    private CallReads calls;

    @Inject
    private HistoryReads history;

    @Inject
    private CallDesk desk;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @Context
    private UriInfo uriInfo;

    /**
     * The agent dials a destination. 201 with the new call once it is stored; 202 (with Location) when the CTI
     * Server confirmed the call but its events were not stored within the wait.
     * <p>{@code idempotencyKey} is honoured by {@code IdempotentRequests} before this method runs; it is a parameter
     * only so that the OpenAPI document names the header (Payara's scanner ignores a method-level header parameter).
     */
    @AtLinkHolder
    @Idempotent
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a call", description = "The agent (Not Ready, no call) dials the destination from "
            + "its phone: another agent's extension, a skill group's number or an outside number. Answers once "
            + "the new call is stored, or 202 when that takes longer than ctios.calls.stored-wait.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MakeCallRequest.class), examples = @ExampleObject(name = "dial-out",
            value = CallExamples.MAKE_CALL)))
    @APIResponse(responseCode = "201", description = "The call as stored; Location names it",
            content = @Content(schema = @Schema(implementation = CallRepresentation.class),
                    examples = @ExampleObject(name = "dialling", value = CallExamples.CALL)))
    @APIResponse(responseCode = "202", description = "Confirmed by the CTI Server, not stored yet")
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "validation", value = CallExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "Not enabled (the agent's buttons) or refused by the CTI "
            + "Server", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "not-enabled", value = CallExamples.MAKE_CALL_NOT_ENABLED)))
    @APIResponse(responseCode = "503", description = "CTI link down",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "link-down", value = CallExamples.LINK_DOWN)))
    @APIResponse(responseCode = "422", ref = ProblemResponses.KEY_REUSED)
    public Response makeCall(@Valid MakeCallRequest body,
                             @Parameter(description = IdempotentRequests.DESCRIPTION,
                                     schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255),
                                     example = "5f2b8c0e-6d1a-4e57-9a3c-1b7d2e4f9a60")
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        requireBody(body);
        audit.control("make-call", body.getAgentId(), null);
        authorisation.requireAgent(body.getAgentId());
        CallOutcome outcome = desk.makeCall(body.getAgentId(), body.getDestination(),
                body.getCallVariables(), body.getEcc());
        URI location = uriInfo.getBaseUriBuilder().path("calls").path(String.valueOf(outcome.callId())).build();
        if (outcome.stored()) {
            return Response.created(location).entity(CallRepresentation.of(outcome.call().orElseThrow())).build();
        }
        Object known = outcome.call().<Object>map(CallRepresentation::of)
                .orElseGet(() -> new PendingCallRepresentation(String.valueOf(outcome.callId()), "REQUESTED"));
        return Response.accepted(known).location(location).build();
    }

    /**
     * An agent's action on the call at its device. 200 with the call (or the call the action resulted in) once the
     * change is stored; 204 when the call has ended meanwhile; 202 with what is known when the change is not stored
     * within the wait.
     * <p>{@code idempotencyKey} is honoured by {@code IdempotentRequests} before this method runs; it is a parameter
     * only so that the OpenAPI document names the header (Payara's scanner ignores a method-level header parameter).
     */
    @AtLinkHolder
    @Idempotent
    @POST
    @Path("{id: [0-9]+}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Act on a call as an agent", description = "ANSWER, RELEASE, HOLD, RETRIEVE, CONSULT "
            + "(needs a destination), TRANSFER and CONFERENCE (complete the agent's consultation: its held and its "
            + "active call), SINGLE_STEP_TRANSFER (needs a destination), ALTERNATE (hold the active call, retrieve "
            + "the held one, in one request), RECONNECT (release the consultation, retrieve the held call, in one "
            + "request), DEFLECT (a ringing call to a destination), CLEAR_CALL (end the call for every party: any "
            + "agent of a two-party call, only the controller of a conference), DROP_PARTY (the conference's "
            + "controller drops the party whose device is given as party), SEND_DTMF (digits: 1 to 31 of 0-9 * # "
            + "A-D), START_RECORDING and STOP_RECORDING (the call's recording changes on the CTI Server's "
            + "confirmation), BAD_CALL (report a bad line). The action must be enabled for the agent on that call, "
            + "as its desktop's buttons are.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallActionRequest.class), examples = {
                    @ExampleObject(name = "answer", value = CallExamples.ANSWER),
                    @ExampleObject(name = "consult", value = CallExamples.CONSULT),
                    @ExampleObject(name = "deflect", value = CallExamples.DEFLECT),
                    @ExampleObject(name = "drop-party", value = CallExamples.DROP_PARTY),
                    @ExampleObject(name = "dtmf", value = CallExamples.DTMF)}))
    @APIResponse(responseCode = "200", description = "The call as stored after the change",
            content = @Content(schema = @Schema(implementation = CallRepresentation.class),
                    examples = @ExampleObject(name = "talking", value = CallExamples.CALL)))
    @APIResponse(responseCode = "202", description = "Confirmed by the CTI Server, not stored yet")
    @APIResponse(responseCode = "204", description = "Done, and the call has ended")
    @APIResponse(responseCode = "400", description = "Invalid body, no destination, no or an unknown party, bad "
            + "DTMF digits",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "validation", value = CallExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such call in progress",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "unknown", value = CallExamples.UNKNOWN_CALL)))
    @APIResponse(responseCode = "409", description = "Not enabled for this agent on this call, or refused by the "
            + "CTI Server", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "not-enabled", value = CallExamples.NOT_ENABLED)))
    @APIResponse(responseCode = "503", description = "CTI link down",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "link-down", value = CallExamples.LINK_DOWN)))
    @APIResponse(responseCode = "422", ref = ProblemResponses.KEY_REUSED)
    public Response act(@PathParam("id") long id, @Valid CallActionRequest body,
                        @Parameter(description = IdempotentRequests.DESCRIPTION,
                                schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255),
                                example = "5f2b8c0e-6d1a-4e57-9a3c-1b7d2e4f9a60")
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        requireBody(body);
        audit.control("call-action " + body.getAction(), body.getAgentId(), id);
        authorisation.requireAgent(body.getAgentId());
        authorisation.requireCall(id);
        CallOutcome outcome = desk.act(id, CallAction.valueOf(body.getAction()), body.getAgentId(),
                new CallDesk.ActionDetails(body.getDestination(), body.getParty(), body.getDigits()));
        return answer(outcome, Response.Status.OK);
    }

    /** Sets call variables, ECC variables and wrap-up data; answers with the call once the update is stored. */
    @AtLinkHolder
    @PUT
    @Path("{id: [0-9]+}/data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set call data", description = "Call variables (CallVariable1 to CallVariable10, at most 40 "
            + "characters; those given replace the call's), ECC variables (names up to 32 characters, values up "
            + "to 210, 2000 bytes in all) and wrap-up data (up to 39 characters).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallDataChange.class),
            examples = @ExampleObject(name = "case", value = CallExamples.DATA)))
    @APIResponse(responseCode = "200", description = "The call with its new data",
            content = @Content(schema = @Schema(implementation = CallRepresentation.class)))
    @APIResponse(responseCode = "202", description = "Confirmed by the CTI Server, not stored yet")
    @APIResponse(responseCode = "400", description = "Invalid body: each offending field in errors",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "validation", value = CallExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such call in progress",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "unknown", value = CallExamples.UNKNOWN_CALL)))
    @APIResponse(responseCode = "503", description = "CTI link down",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "link-down", value = CallExamples.LINK_DOWN)))
    public Response setData(@PathParam("id") long id, @Valid CallDataChange body) {
        requireBody(body);
        audit.control("call-data", null, id);
        authorisation.requireCall(id);
        CallOutcome outcome = desk.setData(id, body.getCallVariables(), body.getEcc(), body.getWrapupData());
        return answer(outcome, Response.Status.OK);
    }

    /** A constraint on the parameter itself would be simpler, but Payara's OpenAPI scanner fails on it too. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
    }

    private static Response answer(CallOutcome outcome, Response.Status whenStored) {
        if (!outcome.stored()) {
            return Response.accepted(outcome.call().map(CallRepresentation::of).orElse(null)).build();
        }
        return outcome.call().map(call -> Response.status(whenStored).entity(CallRepresentation.of(call)).build())
                .orElseGet(() -> Response.noContent().build());
    }


    /** The calls in progress, oldest first; {@code agentId} and {@code skillGroup} narrow them. */
    @GET
    @Operation(operationId = "listCalls", summary = "The calls in progress the caller may see, oldest first; agentId "
            + "and skillGroup narrow them")
    @APIResponse(responseCode = "200", description = "The calls",
            content = @Content(schema = @Schema(implementation = CallRepresentation.class, type = SchemaType.ARRAY)))
    public Response all(@QueryParam("agentId") String agentId, @QueryParam("skillGroup") Long skillGroup) {
        // written from each call's text kept since it last changed (see ViewTexts)
        return Response.ok(texts.callArray(authorisation.visibleCalls(calls.all(agentId, skillGroup))),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getCall", summary = "One call in progress")
    public CallRepresentation one(@PathParam("id") long id) {
        authorisation.requireCall(id);
        return calls.byId(id).map(CallRepresentation::of)
                .orElseThrow(() -> new UnknownResourceException("call", String.valueOf(id)));
    }

    /**
     * Ended calls, newest first, filtered by end time ({@code from} inclusive, {@code to} exclusive), agent, ANI,
     * DNIS, skill group, wrap-up reason and wrap-up data.
     */
    @GET
    @Path("history")
    public HistoryPageRepresentation history(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("agentId") String agentId, @QueryParam("ani") String ani,
                                             @QueryParam("dnis") String dnis,
                                             @QueryParam("skillGroup") Long skillGroup,
                                             @QueryParam("wrapupReason") String wrapupReason,
                                             @QueryParam("wrapupData") String wrapupData,
                                             @QueryParam("offset") @DefaultValue("0") int offset,
                                             @QueryParam("limit") @DefaultValue("50") int limit) {
        authorisation.requireHistoryOf(agentId);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        HistoryReads.Filter filter = new HistoryReads.Filter(instant("from", from), instant("to", to), agentId, ani, dnis,
                skillGroup, wrapupReason, wrapupData);
        HistoryPage page = history.page(filter, offset, limit);
        return new HistoryPageRepresentation(page.records().stream().map(CallRecordRepresentation::of).toList(),
                page.total(), page.offset(), page.limit());
    }

    @GET
    @Path("history/{callKey}")
    public CallRecordRepresentation record(@PathParam("callKey") String callKey) {
        CallRecordView record = history.record(callKey)
                .orElseThrow(() -> new UnknownResourceException("call record", callKey));
        authorisation.requireCallRecord(callKey, record.agentIds());
        return CallRecordRepresentation.of(record);
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-11-28T08:00:00Z, was "
                    + value);
        }
    }

    /** A call the CTI Server confirmed whose events are not stored yet. */
    public record PendingCallRepresentation(String id, String state) {
    }

    /** A page of the history. */
    public record HistoryPageRepresentation(List<CallRecordRepresentation> records, long total, int offset,
                                            int limit) {
    }
}
