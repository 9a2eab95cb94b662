package org.ctios.server.domain.enablement;

import java.util.List;
import java.util.Objects;
import org.ctios.server.domain.agent.AgentState;

/**
 * What the enablement of an agent's buttons depends on: the agent's state, role and own call legs.
 *
 * @param state the agent state the CTI Server last reported
 * @param role the agent's role
 * @param calls the agent's connections, in any order; an unmodifiable copy of the list given
 */
public record AgentSituation(AgentState state, AgentRole role, List<CallLeg> calls) {

    public AgentSituation {
        Objects.requireNonNull(state, "agent state must not be null");
        Objects.requireNonNull(role, "agent role must not be null");
        Objects.requireNonNull(calls, "calls must not be null (pass an empty list for an agent without calls)");
        for (int i = 0; i < calls.size(); i++) {
            Objects.requireNonNull(calls.get(i), "calls[" + i + "] must not be null");
        }
        calls = List.copyOf(calls);
    }
}
