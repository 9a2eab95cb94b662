package org.ctios.web.api.agents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctios.server.application.AgentQueries;
import org.ctios.web.api.problems.UnknownResourceException;

/** The agents and their live states. */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AgentResource {

    @Inject
    private AgentQueries agents;

    @GET
    public List<AgentRepresentation> all() {
        return agents.all().stream().map(AgentRepresentation::of).toList();
    }

    @GET
    @Path("{id}")
    public AgentRepresentation one(@PathParam("id") String id) {
        return agents.byId(id).map(AgentRepresentation::of)
                .orElseThrow(() -> new UnknownResourceException("agent", id));
    }
}
