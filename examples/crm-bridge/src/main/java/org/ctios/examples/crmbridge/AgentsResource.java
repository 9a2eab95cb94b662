package org.ctios.examples.crmbridge;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.ctios.connector.api.AgentStateInfo;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.CtiConnectionFactory;
import org.ctios.protocol.types.AgentState;

/**
 * Makes an agent ready from the CRM, through the connector's connection factory for every application: the request
 * goes over the one CTI session CTI OS holds, and CTI OS sees the agent's new state from the event that follows, as
 * for a change made at the phone.
 */
@Path("agents/{agentId}/ready")
@RequestScoped
public class AgentsResource {

    /** The protocol's agent ids: at most 11 characters, no spaces. */
    private static final Pattern AGENT_ID = Pattern.compile("[\\p{Graph}]{1,11}");

    @Resource(lookup = CtiConnectionFactory.JNDI_NAME)
    private CtiConnectionFactory cti;

    /**
     * 204 once the CTI Server confirmed; 409 when the agent is not logged in or the CTI Server refused; 503 while
     * the link is down (CtiExceptionMapper).
     */
    @POST
    public Response ready(@PathParam("agentId") String agentId) {
        if (!AGENT_ID.matcher(agentId).matches()) {
            return new Problem("urn:ctios:problem:validation", "Invalid request", 400,
                    "agentId must be 1 to 11 characters without spaces", null).response().build();
        }
        try (CtiConnection connection = cti.getConnection()) {
            // The switch's truth, not a copy: which instrument the agent is at, if any.
            AgentStateInfo agent = connection.queryAgentState(agentId);
            if (agent.state() == AgentState.LOGOUT || agent.agentInstrument() == null
                    || agent.agentInstrument().isEmpty()) {
                return new Problem("urn:ctios:problem:not-logged-in", "Agent not logged in", 409, "agent " + agentId
                        + " is not logged in (the CTI Server reports " + agent.state() + ")", null).response().build();
            }
            connection.setAgentState(agentId, agent.agentInstrument(), AgentState.AVAILABLE, 0);
        }
        return Response.noContent().build();
    }
}
