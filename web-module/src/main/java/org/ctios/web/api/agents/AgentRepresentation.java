package org.ctios.web.api.agents;

import java.time.Instant;
import org.ctios.server.domain.agent.Agent;

/**
 * An agent as the REST API shows it.
 *
 * @param id         the agent's ACD login id
 * @param extension  the extension it is logged in on, or null
 * @param state      the protocol's AgentState name, such as AVAILABLE or NOT_READY
 * @param reasonCode the not-ready or logout reason code, 0 when none
 * @param stateSince when the agent entered this state (ISO-8601)
 */
public record AgentRepresentation(String id, String extension, String state, int reasonCode, Instant stateSince) {

    static AgentRepresentation of(Agent agent) {
        return new AgentRepresentation(agent.agentId(), agent.extension(), agent.state().name(), agent.reasonCode(),
                agent.stateSince());
    }
}
