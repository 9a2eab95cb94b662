package org.ctios.web.events;

import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;

/**
 * The current state of the agents and calls a batch of notices concerns, read together: a call or agent missing
 * here no longer exists (or never did).
 */
record ConcernedState(Map<Long, CallView> calls, Map<String, AgentView> agents) {

    ConcernedState {
        calls = Map.copyOf(calls);
        agents = Map.copyOf(agents);
    }

    Optional<CallView> call(long callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    Optional<AgentView> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }
}
