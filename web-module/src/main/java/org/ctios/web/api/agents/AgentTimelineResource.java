package org.ctios.web.api.agents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.ctios.server.api.AgentTimelineReads;
import org.ctios.web.api.reasoncodes.ReasonCodes;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.representation.TimeInStateRepresentation;
import org.ctios.web.representation.TimelineRepresentation;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agent's timeline (every state it entered) and its time in state, read from the database within the requests'
 * share of its connections. Ranges and pages are bounded, so that no request reads an unbounded history.
 */
@Path("agents/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Agents", description = "Agents, their live states and state changes")
public class AgentTimelineResource {

    /** The longest range one request may read: a month, as the default retention keeps. */
    static final Duration MAX_RANGE = Duration.ofDays(31);
    private static final int MAX_PAGE = 500;

    @Inject
    private AgentTimelineReads timelines;

    @Inject
    private Authorisation authorisation;

    @Inject
    private ReasonCodes reasonCodes;

    @GET
    @Operation(operationId = "getAgentTimeline", summary = "The agent's state changes in [from, to), oldest first",
            description = "Every state the agent entered, with its reason, as its events reported it; a state lasts "
                    + "until the next line. from defaults to the start of today (UTC), to to a day after from; the "
                    + "range may span at most 31 days. Kept ctios.timeline.retention-days (default 31).")
    @APIResponse(responseCode = "200", description = "A page of the timeline",
            content = @Content(schema = @Schema(implementation = TimelineRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public TimelineRepresentation timeline(
            @Parameter(description = "ACD agent id", example = "1001") @PathParam("id") String id,
            @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-11-28T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive", example = "2026-11-29T00:00:00Z")
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        authorisation.requireAgent(id);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        Instant start = from == null ? startOfToday() : instant("from", from);
        Instant end = to == null ? start.plus(Duration.ofDays(1)) : instant("to", to);
        requireRange(start, end);
        return TimelineRepresentation.of(timelines.timeline(id, start, end, offset, limit), reasonCodes.labels());
    }

    @GET
    @Path("summary")
    @Operation(operationId = "getAgentTimeInState",
            summary = "The agent's time in each kind of state over one day",
            description = "Seconds logged in, ready, not ready (in all and by reason), talking, in wrap-up and in "
                    + "other states, from the timeline; for today, up to now. day defaults to today in zone, zone "
                    + "to UTC.")
    @APIResponse(responseCode = "200", description = "The day's summary",
            content = @Content(schema = @Schema(implementation = TimeInStateRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public TimeInStateRepresentation summary(
            @Parameter(description = "ACD agent id", example = "1001") @PathParam("id") String id,
            @Parameter(description = "ISO-8601 date", example = "2026-11-28") @QueryParam("day") String day,
            @Parameter(description = "IANA time zone the day is counted in", example = "Europe/Paris")
            @QueryParam("zone") String zone) {
        authorisation.requireAgent(id);
        ZoneId zoneId = zone(zone);
        LocalDate date = day == null ? LocalDate.now(zoneId) : date(day);
        Instant start = date.atStartOfDay(zoneId).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zoneId).toInstant();
        return TimeInStateRepresentation.of(timelines.timeInState(id, start, end), reasonCodes.labels());
    }

    private static Instant startOfToday() {
        return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static void requireRange(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, was " + from + " and " + to);
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new IllegalArgumentException("the range may span at most " + MAX_RANGE.toDays() + " days, was "
                    + from + " to " + to);
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-11-28T08:00:00Z, was "
                    + value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("day must be an ISO-8601 date such as 2026-11-28, was " + value);
        }
    }

    private static ZoneId zone(String value) {
        if (value == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone must be a time zone such as Europe/Paris or UTC, was " + value);
        }
    }
}
