package org.ctios.web.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.server.api.AuditTrail;
import org.ctios.web.audit.AuditNote;
import org.ctios.web.problems.CtiRefusalProblem;
import org.ctios.web.problems.NotEnabledProblem;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ValidationProblem;

/**
 * Writes the audit trail once a request's answer is known (exception mappers' answers included): every
 * administrative action, and every control request made on behalf of another agent — by a supervisor, crm or admin,
 * that is, whenever the agent acted on is not the caller's own or, for a call, the caller's agent is not on it. An
 * entry that cannot be stored (the database busy beyond its wait) is written to the log in full instead, so that it
 * is never silently lost.
 */
@Provider
public class AuditRecorder implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());

    @Inject
    private AuditNote note;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditTrail trail;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!note.taken()) {
            return;
        }
        Caller caller = authorisation.caller();
        if (note.kind() == AuditNote.Kind.CONTROL && !onBehalfOfAnother(caller)) {
            return;
        }
        AuditTrail.Entry entry = new AuditTrail.Entry(clock.instant(), caller.name(), note.action(), note.agentId(),
                note.callId(), note.subject(), response.getStatus(), outcome(response));
        try {
            trail.record(entry);
        } catch (RuntimeException e) {
            // the database busy (ServerBusyException) or failing: the answer stands, the entry goes to the log
            LOG.log(Level.SEVERE, "audit entry not stored, kept here: " + entry, e);
        }
    }

    private boolean onBehalfOfAnother(Caller caller) {
        return onBehalfOfAnother(caller.agentId(), note.agentId(),
                () -> note.callId() == null ? List.of() : authorisation.agentsOnCall(note.callId()));
    }

    /**
     * Whether a control request was made for another agent than the caller's own: always when the caller is no
     * agent; when it names an agent, if that is another; when it names only a call, if the caller is not on it.
     */
    static boolean onBehalfOfAnother(String ownAgentId, String agentActedOn, Supplier<List<String>> agentsOnCall) {
        if (ownAgentId == null) {
            return true;
        }
        if (agentActedOn != null) {
            return !ownAgentId.equals(agentActedOn);
        }
        return !agentsOnCall.get().contains(ownAgentId);
    }

    private static String outcome(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Problem problem) {
            return problem.type();
        } else if (entity instanceof NotEnabledProblem problem) {
            return problem.type();
        } else if (entity instanceof CtiRefusalProblem problem) {
            return problem.type() + " " + problem.failureName();
        } else if (entity instanceof ValidationProblem problem) {
            return problem.type();
        }
        return response.getStatus() < 400 ? "ok" : "HTTP " + response.getStatus();
    }
}
