package org.ctios.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.ctios.server.application.AgentQueries;
import org.ctios.web.api.problems.UnknownResourceException;
import org.ctios.web.security.Authorisation;

/**
 * Live events as Server-Sent Events: agent mode ({@code ?agentId=1001}) or monitor mode ({@code ?filter=...}, see
 * {@link EventFilter}); a snapshot first, then live events, each with an id to resume from.
 */
@Path("events")
@RequestScoped
public class EventStreamResource {

    @Inject
    private EventStreams streams;

    @Inject
    private Authorisation authorisation;

    @Inject
    private NoticeTranslator translator;

    @Inject
    private AgentQueries agents;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void open(@QueryParam("agentId") String agentId, @QueryParam("filter") String filterText,
                     @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
                     @Context SseEventSink sink, @Context Sse sse) {
        authorisation.requireEvents(agentId);
        EventFilter filter;
        if (agentId != null) {
            if (filterText != null) {
                throw new InvalidEventFilterException("give agentId (agent mode) or filter (monitor mode), not both");
            }
            filter = EventFilter.agent(agentId);
            if (agents.byId(agentId).isEmpty()) {
                throw new UnknownResourceException("agent", agentId);
            }
        } else {
            filter = EventFilter.parse(filterText);
        }
        streams.open(filter, eventId(lastEventId), translator::snapshot, new SseStreamSink(sink, sse));
    }

    /** An id this server did not give (or none) starts the stream with a snapshot. */
    private static Long eventId(String header) {
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
