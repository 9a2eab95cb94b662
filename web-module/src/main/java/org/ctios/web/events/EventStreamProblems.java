package org.ctios.web.events;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctios.web.api.problems.Problem;

/** Problem details for refused event streams. */
public final class EventStreamProblems {

    static final String INVALID_FILTER = "urn:ctios:problem:invalid-event-filter";
    static final String TOO_MANY_STREAMS = "urn:ctios:problem:too-many-event-streams";

    private EventStreamProblems() {
    }

    /** 400: the filter or the mode cannot be understood. */
    @Provider
    public static class InvalidFilterMapper implements ExceptionMapper<InvalidEventFilterException> {

        @Override
        public Response toResponse(InvalidEventFilterException exception) {
            return new Problem(INVALID_FILTER, "Invalid event filter", 400, exception.getMessage()).toResponse();
        }
    }

    /** 503: every stream the server serves is taken. */
    @Provider
    public static class TooManyStreamsMapper implements ExceptionMapper<EventHub.TooManyStreamsException> {

        @Override
        public Response toResponse(EventHub.TooManyStreamsException exception) {
            return new Problem(TOO_MANY_STREAMS, "Too many event streams", 503, exception.getMessage())
                    .toResponse();
        }
    }
}
