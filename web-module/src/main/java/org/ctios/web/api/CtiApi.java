package org.ctios.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.ctios.web.problems.NotEnabledProblem;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.problems.ValidationProblem;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The REST API of CTI OS, under {@code /cti/api}, and its OpenAPI description (served by Payara Micro at
 * {@code /openapi}). The problem answers are described once here and referred to by the operations.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "CTI OS", version = "0.1.0",
                description = "Computer-telephony integration server: agents, calls, teams, skill groups and the CTI "
                        + "link, read from and controlled through a Cisco CTI Server (GED-188). Errors are RFC 9457 "
                        + "problem details (application/problem+json) with a stable type URN per kind of error; so "
                        + "are a body that is not the JSON an operation takes or a parameter that is not a whole "
                        + "number (400, urn:ctios:problem:validation), a body longer than ctios.api.max-body-bytes "
                        + "(413, urn:ctios:problem:body-too-large) and another media type than JSON (415). Every "
                        + "operation needs an account (HTTP Basic); GET /api/system/warnings says when the server "
                        + "runs with its public demo accounts.",
                license = @License(name = "Open source")),
        servers = @Server(url = "/cti", description = "This server"),
        components = @Components(responses = {
            @APIResponse(name = ProblemResponses.VALIDATION, responseCode = "400",
                    description = "Invalid request: one error per field (type urn:ctios:problem:validation)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ValidationProblem.class),
                            examples = @ExampleObject(name = "missing state", value = "{\"type\": "
                                    + "\"urn:ctios:problem:validation\", \"title\": \"Invalid request\", \"status\": "
                                    + "400, \"detail\": \"1 field is invalid\", \"errors\": [{\"field\": \"state\", "
                                    + "\"message\": \"is required\"}]}"))),
            @APIResponse(name = ProblemResponses.NOT_FOUND, responseCode = "404",
                    description = "No such agent, team or call (type urn:ctios:problem:unknown-resource)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ProblemResponses.CONFLICT, responseCode = "409",
                    description = "Not enabled in the agent's current state (urn:ctios:problem:not-enabled, with "
                            + "enabledActions), refused by the CTI Server (urn:ctios:problem:cti-refused, with "
                            + "failureCode and failureName), or no agent on the call to supervise "
                            + "(urn:ctios:problem:no-agent-on-call)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = NotEnabledProblem.class),
                            examples = @ExampleObject(name = "not enabled", value = "{\"type\": "
                                    + "\"urn:ctios:problem:not-enabled\", \"title\": \"Action not enabled\", "
                                    + "\"status\": 409, \"requestedAction\": \"LOGOUT\", \"enabledActions\": "
                                    + "[\"NOT_READY\", \"NOT_READY_WITH_REASON\"]}"))),
            @APIResponse(name = ProblemResponses.LINK_DOWN, responseCode = "503",
                    description = "The CTI link is down; nothing was sent (urn:ctios:problem:link-down)",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                    .INTEGER)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ProblemResponses.TIMEOUT, responseCode = "504",
                    description = "The CTI Server did not confirm in time (urn:ctios:problem:cti-timeout)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ProblemResponses.KEY_REUSED, responseCode = "422",
                    description = "The Idempotency-Key was sent before with another request: method, path or body "
                            + "(urn:ctios:problem:idempotency-key-reused)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))}))
public class CtiApi extends Application {
}
