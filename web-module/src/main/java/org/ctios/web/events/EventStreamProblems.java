package org.ctios.web.events;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ProblemWriter;

/**
 * Problem details for refused event streams, written by the stream's servlet (outside JAX-RS, so no exception
 * mapper can) in the same form as the REST API's.
 */
final class EventStreamProblems {

    static final String INVALID_FILTER = "urn:ctios:problem:invalid-event-filter";
    static final String TOO_MANY_STREAMS = "urn:ctios:problem:too-many-event-streams";
    static final String TOO_MANY_STREAMS_FOR_ACCOUNT = "urn:ctios:problem:too-many-event-streams-for-account";
    static final String SNAPSHOT_OUTRUN = "urn:ctios:problem:snapshot-outrun";
    /** When a refused client may try again: a stream usually closes within seconds of its client going. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** The REST API's type for an unknown agent (UnknownResourceMapper). */
    static final String UNKNOWN_RESOURCE = "urn:ctios:problem:unknown-resource";
    /** The REST API's type for a media type it cannot produce (WebApplicationExceptionMapper). */
    static final String NOT_ACCEPTABLE = "urn:ctios:problem:http-406";

    private EventStreamProblems() {
    }

    /** Answers the request with the problem, replacing anything not yet sent. */
    static void send(HttpServletResponse response, Problem problem) {
        send(response, problem, Map.of());
    }

    /** Answers the request with the problem and these headers, replacing anything not yet sent. */
    static void send(HttpServletResponse response, Problem problem, Map<String, String> headers) {
        response.reset();
        ProblemWriter.write(response, problem, headers);
    }

    static Problem invalidFilter(String detail) {
        return new Problem(INVALID_FILTER, "Invalid event filter", 400, detail);
    }

    static Problem tooManyStreams(String detail) {
        return new Problem(TOO_MANY_STREAMS, "Too many event streams", 503, detail);
    }

    static Problem snapshotOutrun(String detail) {
        return new Problem(SNAPSHOT_OUTRUN, "Events came faster than a snapshot", 503, detail);
    }

    static Problem tooManyStreamsForAccount(String detail) {
        return new Problem(TOO_MANY_STREAMS_FOR_ACCOUNT, "Too many event streams for this account", 429, detail);
    }

    static Problem unknownResource(String detail) {
        return new Problem(UNKNOWN_RESOURCE, "Unknown resource", 404, detail);
    }

    static Problem notAcceptable(String accept) {
        return new Problem(NOT_ACCEPTABLE, "Not Acceptable", 406, "the event stream is text/event-stream; the "
                + "request accepts only " + accept);
    }
}
