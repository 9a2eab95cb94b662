package org.ctios.web.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ctios.server.api.AuditTrail;
import org.ctios.server.api.view.AuditEntryView;
import org.ctios.server.api.view.AuditPage;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for admin: newest first, narrowed by time, actor, agent and call, in pages. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit", description = "Who acted on behalf of another agent, and every administrative action")
public class AuditResource {

    static final int MAX_PAGE = 500;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditTrail trail;

    @GET
    @Operation(summary = "Read the audit trail (admin)", description = "Every control request made on behalf of "
            + "another agent (by a supervisor, crm or admin) and every administrative action: who, when, what, which "
            + "agent, call or account, and the answer's status and problem type. Kept ctios.audit.retention-days "
            + "days. from is inclusive, to exclusive (ISO-8601 instants).")
    public AuditPageRepresentation page(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("actor") String actor, @QueryParam("agentId") String agentId,
                                        @QueryParam("callId") Long callId,
                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("100") int limit) {
        authorisation.requireSystemAdministration();
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        AuditPage page = trail.page(new AuditTrail.Filter(instant("from", from), instant("to", to), actor, agentId,
                callId), offset, limit);
        return new AuditPageRepresentation(page.entries(), page.total(), page.offset(), page.limit());
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-12-01T08:00:00Z, was "
                    + value);
        }
    }

    /** A page of the audit trail. */
    public record AuditPageRepresentation(List<AuditEntryView> entries, long total, int offset, int limit) {
    }
}
