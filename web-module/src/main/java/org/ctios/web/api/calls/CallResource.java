package org.ctios.web.api.calls;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.view.CallRecordView;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;
import org.ctios.web.api.problems.UnknownResourceException;
import org.ctios.web.security.Authorisation;

/** The calls in progress and the call history. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CallResource {

    private static final int MAX_PAGE = 500;

    @Inject
    private CallQueries calls;

    @Inject
    private Authorisation authorisation;

    /** The calls in progress, oldest first; {@code agentId} and {@code skillGroup} narrow them. */
    @GET
    public List<CallRepresentation> all(@QueryParam("agentId") String agentId,
                                        @QueryParam("skillGroup") Long skillGroup) {
        return authorisation.visibleCalls(calls.all(agentId, skillGroup)).stream().map(CallRepresentation::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    public CallRepresentation one(@PathParam("id") long id) {
        authorisation.requireCall(id);
        return calls.byId(id).map(CallRepresentation::of)
                .orElseThrow(() -> new UnknownResourceException("call", String.valueOf(id)));
    }

    /** Ended calls, newest first, filtered by end time ({@code from} inclusive, {@code to} exclusive), agent, ANI. */
    @GET
    @Path("history")
    public HistoryPageRepresentation history(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("agentId") String agentId, @QueryParam("ani") String ani,
                                             @QueryParam("dnis") String dnis,
                                             @QueryParam("skillGroup") Long skillGroup,
                                             @QueryParam("offset") @DefaultValue("0") int offset,
                                             @QueryParam("limit") @DefaultValue("50") int limit) {
        authorisation.requireHistoryOf(agentId);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        HistoryFilter filter = new HistoryFilter(instant("from", from), instant("to", to), agentId, ani, dnis,
                skillGroup);
        CallQueries.HistoryPage page = calls.history(filter, offset, limit);
        return new HistoryPageRepresentation(page.records().stream().map(CallRecordRepresentation::of).toList(),
                page.total(), page.offset(), page.limit());
    }

    @GET
    @Path("history/{callKey}")
    public CallRecordRepresentation record(@PathParam("callKey") String callKey) {
        CallRecordView record = calls.record(callKey)
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

    /** A page of the history. */
    public record HistoryPageRepresentation(List<CallRecordRepresentation> records, long total, int offset,
                                            int limit) {
    }
}
