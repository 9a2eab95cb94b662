package org.ctios.web.api.agents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.application.AgentControl;
import org.ctios.server.application.AgentQueries;
import org.ctios.web.api.problems.UnknownResourceException;
import org.ctios.web.security.Authorisation;

/** The agents and their live states. */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AgentResource {

    private static final Set<AgentState> REQUESTABLE = Set.of(AgentState.LOGIN, AgentState.LOGOUT,
            AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.WORK_READY, AgentState.WORK_NOT_READY);

    @Inject
    private AgentQueries agents;

    @Inject
    private AgentControl control;

    @Inject
    private Authorisation authorisation;

    @GET
    public List<AgentRepresentation> all() {
        return authorisation.visibleAgents(agents.all()).stream().map(AgentRepresentation::of).toList();
    }

    @GET
    @Path("{id}")
    public AgentRepresentation one(@PathParam("id") String id) {
        authorisation.requireAgent(id);
        return agents.byId(id).map(AgentRepresentation::of)
                .orElseThrow(() -> new UnknownResourceException("agent", id));
    }

    /**
     * Asks the CTI Server to move the agent to a state. Answers 202 once the CTI Server confirmed: the agent's
     * stored state follows with the event the change causes.
     */
    @PUT
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeState(@PathParam("id") String id, AgentStateChange change) {
        authorisation.requireAgent(id);
        if (change == null || change.state() == null) {
            throw new IllegalArgumentException("state is required");
        }
        AgentState state;
        try {
            state = AgentState.valueOf(change.state());
        } catch (IllegalArgumentException e) {
            state = null;
        }
        if (state == null || !REQUESTABLE.contains(state)) {
            throw new IllegalArgumentException("state must be one of " + REQUESTABLE + ", was " + change.state());
        }
        String instrument = change.instrument() != null ? change.instrument()
                : agents.byId(id).map(agent -> agent.instrument() != null ? agent.instrument() : agent.extension())
                .orElse(null);
        if (state == AgentState.LOGIN) {
            if (instrument == null || change.password() == null) {
                throw new IllegalArgumentException("LOGIN needs an instrument and a password");
            }
            control.login(id, instrument, change.password());
        } else {
            control.changeState(id, instrument, state, change.reasonCode() == null ? 0 : change.reasonCode());
        }
        return Response.accepted(agents.byId(id).map(AgentRepresentation::of).orElse(null)).build();
    }
}
