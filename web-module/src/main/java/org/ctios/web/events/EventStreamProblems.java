package org.ctios.web.events;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ctios.web.api.problems.Problem;

/**
 * Problem details for refused event streams, written by the stream's servlet (outside JAX-RS, so no exception
 * mapper can) in the same form as the REST API's.
 */
final class EventStreamProblems {

    static final String INVALID_FILTER = "urn:ctios:problem:invalid-event-filter";
    static final String TOO_MANY_STREAMS = "urn:ctios:problem:too-many-event-streams";
    /** The REST API's type for an unknown agent (UnknownResourceMapper). */
    static final String UNKNOWN_RESOURCE = "urn:ctios:problem:unknown-resource";
    /** The REST API's type for a media type it cannot produce (WebApplicationExceptionMapper). */
    static final String NOT_ACCEPTABLE = "urn:ctios:problem:http-406";

    private EventStreamProblems() {
    }

    /** Answers the request with the problem, replacing anything not yet sent. */
    static void send(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.reset();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    static Problem invalidFilter(String detail) {
        return new Problem(INVALID_FILTER, "Invalid event filter", 400, detail);
    }

    static Problem tooManyStreams(String detail) {
        return new Problem(TOO_MANY_STREAMS, "Too many event streams", 503, detail);
    }

    static Problem unknownResource(String detail) {
        return new Problem(UNKNOWN_RESOURCE, "Unknown resource", 404, detail);
    }

    static Problem notAcceptable(String accept) {
        return new Problem(NOT_ACCEPTABLE, "Not Acceptable", 406, "the event stream is text/event-stream; the "
                + "request accepts only " + accept);
    }
}
