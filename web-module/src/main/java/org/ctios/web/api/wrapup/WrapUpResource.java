package org.ctios.web.api.wrapup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ctios.server.api.HistoryReads;
import org.ctios.server.api.WrapUps;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.web.api.calls.CallRecordRepresentation;
import org.ctios.web.audit.AuditNote;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.problems.UnknownResourceException;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agent's wrap-up of an ended call, set on its history record: a resource of its own under the history's path, so
 * that the call resource stays as it is. The call is in the database, not on the switch: nothing goes to the CTI
 * Server, so any server of a cluster takes it.
 */
@Path("calls/history/{callKey}/wrapup")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Wrap-up")
public class WrapUpResource {

    static final String EXAMPLE = """
            {"agentId": "1001", "wrapupReason": "sale", "wrapupData": "order 42"}""";

    static final String REFUSED = """
            {"type": "urn:ctios:problem:wrapup-refused", "title": "Wrap-up refused", "status": 409,
             "detail": "the wrap-up of call 5d2c... is over: agent 1001 has had a call since"}""";

    @Inject
    private WrapUps wrapUps;

    @Inject
    private HistoryReads history;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wrapUpCall", summary = "Set an ended call's wrap-up reason and data",
            description = "For the agent that handled the call (itself, or its supervisor, crm or admin on its "
                    + "behalf, which the audit trail records), with a reason of its catalogue (GET "
                    + "/wrapup-reasons?agentId=), while the call's wrap-up lasts: until the agent's next call, and "
                    + "at most ctios.wrapup.window (default 15 minutes) after the call ended. Setting it again "
                    + "within that time replaces it. The record is then found with GET "
                    + "/calls/history?wrapupReason=.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WrapUpRequest.class),
            examples = @ExampleObject(name = "sale", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The call's record as stored, with its timeline",
            content = @Content(schema = @Schema(implementation = CallRecordRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "403", description = "The caller may not act for that agent or see that call "
            + "(urn:ctios:problem:forbidden)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The agent did not handle the call, or the call's wrap-up is "
            + "over (urn:ctios:problem:wrapup-refused)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "over",
            value = REFUSED)))
    public CallRecordRepresentation wrapUp(@PathParam("callKey") String callKey, @Valid WrapUpRequest body) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        audit.control("wrapup " + body.getWrapupReason(), body.getAgentId(), null);
        authorisation.requireAgent(body.getAgentId());
        CallRecordView record = history.record(callKey)
                .orElseThrow(() -> new UnknownResourceException("call record", callKey));
        audit.control("wrapup " + body.getWrapupReason(), body.getAgentId(), record.callId());
        authorisation.requireCallRecord(callKey, record.agentIds());
        return CallRecordRepresentation.of(wrapUps.wrapUp(callKey, body.getAgentId(), body.getWrapupReason(),
                body.getWrapupData()));
    }
}
