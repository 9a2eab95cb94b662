package org.ctios.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.ctios.server.api.AgentReads;
import org.ctios.server.api.TeamReads;
import org.ctios.server.api.view.Role;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.UnknownResourceException;
import org.ctios.web.security.AccessDeniedException;
import org.ctios.web.security.AccessDeniedMapper;
import org.ctios.web.security.Authorisation;
import org.ctios.web.security.Caller;

/**
 * Live events as Server-Sent Events at {@code /cti/api/events}: agent mode ({@code ?agentId=1001}), team mode
 * ({@code ?teamId=1}: the team's agents and every skill group's statistics, a supervisor's one stream) or monitor
 * mode ({@code ?filter=...}, see {@link EventFilter}); a snapshot first, then live events, each with an id to resume
 * from. A servlet rather than a JAX-RS resource so that it can write without blocking ({@link ServletStreamSink}):
 * its exact mapping wins over JAX-RS's {@code /api/*}, and web.xml's constraint on {@code /api/*} (sign-in) covers it.
 * The OpenAPI document describes it from {@code META-INF/openapi.yaml}.
 */
@WebServlet(name = "event-streams", urlPatterns = "/api/events", asyncSupported = true)
public class EventStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String EVENT_STREAM = "text/event-stream";

    @Inject
    private transient EventStreams streams;

    @Inject
    private transient Authorisation authorisation;

    @Inject
    private transient StreamSnapshots snapshots;

    @Inject
    private transient EventStreamSettings settings;

    @Inject
    private transient AgentReads agents;

    @Inject
    private transient TeamReads teams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        if (!acceptsEventStream(accept)) {
            EventStreamProblems.send(response, EventStreamProblems.notAcceptable(accept));
            return;
        }
        EventFilter filter;
        try {
            filter = filter(request.getParameter("agentId"), request.getParameter("teamId"),
                    request.getParameter("filter"));
        } catch (AccessDeniedException e) {
            EventStreamProblems.send(response, new Problem(AccessDeniedMapper.TYPE, "Forbidden", 403,
                    e.getMessage()));
            return;
        } catch (InvalidEventFilterException e) {
            EventStreamProblems.send(response, EventStreamProblems.invalidFilter(e.getMessage()));
            return;
        } catch (UnknownResourceException e) {
            EventStreamProblems.send(response, EventStreamProblems.unknownResource(e.getMessage()));
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the stream lasts until the client or the server ends it; stalls are timed by the hub
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(EVENT_STREAM);
        response.setHeader("Cache-Control", "no-cache");
        try {
            streams.open(filter, eventId(request.getHeader("Last-Event-ID")), snapshots::take,
                    new ServletStreamSink(async), owner(authorisation.caller()));
        } catch (EventHub.TooManyStreamsException e) {
            EventStreamProblems.send(response, EventStreamProblems.tooManyStreams(e.getMessage()),
                    Map.of("Retry-After", EventStreamProblems.RETRY_AFTER_SECONDS));
            async.complete();
        } catch (EventHub.TooManyStreamsForAccountException e) {
            EventStreamProblems.send(response, EventStreamProblems.tooManyStreamsForAccount(e.getMessage()),
                    Map.of("Retry-After", EventStreamProblems.RETRY_AFTER_SECONDS));
            async.complete();
        } catch (EventHub.SnapshotOutrunException e) {
            EventStreamProblems.send(response, EventStreamProblems.snapshotOutrun(e.getMessage()),
                    Map.of("Retry-After", EventStreamProblems.RETRY_AFTER_SECONDS));
            async.complete();
        }
    }

    /**
     * The caller's account, how many streams it may have (integration accounts, crm and admin, more) and what its
     * sign-in is checked against while the stream is open: its password's fingerprint, its token's expiry and the
     * streams' longest life.
     */
    private EventHub.Owner owner(Caller caller) {
        boolean integration = caller.has(Role.CRM) || caller.has(Role.ADMIN);
        Instant until = Instant.now().plus(settings.maxStreamLifetime());
        Instant tokenExpiry = authorisation.tokenExpiry().orElse(Instant.MAX);
        return new EventHub.Owner(caller.name(), settings.maxStreamsFor(integration),
                authorisation.credentialFingerprint(), tokenExpiry.isBefore(until) ? tokenExpiry : until);
    }

    /** The caller's right first (403 before anything about the agent or team is revealed), then the mode. */
    private EventFilter filter(String agentId, String teamId, String filterText) {
        if (teamId != null) {
            return teamFilter(teamId, agentId, filterText);
        }
        authorisation.requireEvents(agentId);
        if (agentId == null) {
            return EventFilter.parse(filterText);
        }
        if (filterText != null) {
            throw new InvalidEventFilterException("give agentId (agent mode) or filter (monitor mode), not both");
        }
        EventFilter filter = EventFilter.agent(agentId);
        if (agents.byId(agentId).isEmpty()) {
            throw new UnknownResourceException("agent", agentId);
        }
        return filter;
    }

    /** Team mode: a request naming no other mode and a team number, then the caller's right, then the team. */
    private EventFilter teamFilter(String teamId, String agentId, String filterText) {
        if (agentId != null || filterText != null) {
            throw new InvalidEventFilterException("give teamId (team mode) alone, without agentId or filter");
        }
        int team = teamNumber(teamId);
        authorisation.requireTeamEvents(team);
        if (!teams.exists(team)) {
            throw new UnknownResourceException("team", teamId);
        }
        return EventFilter.team(team);
    }

    /** Team ids are numbers; anything else is a malformed request, which reveals nothing about the teams. */
    static int teamNumber(String teamId) {
        try {
            return Integer.parseInt(teamId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidEventFilterException("teamId must be a team's number, such as 1");
        }
    }

    /** As JAX-RS did for a resource producing only text/event-stream: no Accept header accepts anything. */
    static boolean acceptsEventStream(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().replace(" ", "");
                refused |= parameter.equals("q=0") || parameter.matches("q=0(\\.0*)?");
            }
            if (!refused && (type.equals(EVENT_STREAM) || type.equals("text/*") || type.equals("*/*")
                    || type.equals("*"))) {
                return true;
            }
        }
        return false;
    }

    /** An id this server did not give (or none) starts the stream with a snapshot. */
    static Long eventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
