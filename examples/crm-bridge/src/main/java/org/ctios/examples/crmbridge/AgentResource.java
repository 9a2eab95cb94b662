package org.ctios.examples.crmbridge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.ctios.server.api.AgentDesk;
import org.ctios.server.api.view.AgentView;

/**
 * An agent as CTI OS's object server knows it, read through the injected {@link AgentDesk}: only as a module of CTI
 * OS's EAR. Beside CTI OS on Payara Micro, a 501 problem says to read CTI OS's REST API instead.
 */
@Path("agents/{agentId}")
@RequestScoped
public class AgentResource {

    @Inject
    private Optional<AgentDesk> desk;

    /** 200 with the agent; 404 for an agent CTI OS does not know (UnknownEntityMapper); 501 outside CTI OS's EAR. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response agent(@PathParam("agentId") String agentId) {
        if (desk.isEmpty()) {
            return new Problem("urn:ctios:problem:no-object-server", "CTI OS's desks are out of reach", 501,
                    "the bridge reads agents through CTI OS's AgentDesk only as a module of CTI OS's EAR; beside "
                            + "CTI OS, read GET /cti/api/agents/" + agentId, null).response().build();
        }
        return Response.ok(AgentCard.of(desk.get().agent(agentId))).build();
    }

    /** What a CRM's agent card shows, in the bridge's own words rather than the object server's whole view. */
    public record AgentCard(String agentId, String firstName, String lastName, String state, int reasonCode,
                            String instrument, List<Long> callIds) {

        static AgentCard of(AgentView agent) {
            return new AgentCard(agent.id(), agent.firstName(), agent.lastName(), agent.state().name(),
                    agent.reasonCode(), agent.instrument(), agent.callIds());
        }
    }
}
