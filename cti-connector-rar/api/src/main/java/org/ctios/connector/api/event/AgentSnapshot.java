package org.ctios.connector.api.event;

import java.util.List;
import org.ctios.protocol.types.AgentState;

/**
 * An agent's state as the CTI Server reported it when the adapter resynchronised after (re)connecting
 * (QUERY_AGENT_STATE). The protocol's answer carries no reason code.
 */
public record AgentSnapshot(EventOrigin origin, String agentId, String agentExtension, String agentInstrument,
                            AgentState state, List<AgentSkillGroup> skillGroups, long activeTasks)
        implements AgentEvent {

    public AgentSnapshot {
        skillGroups = List.copyOf(skillGroups);
    }

    @Override
    public void handleWith(Handler handler) {
        handler.agentSnapshot(this);
    }

    @Override
    public Concerns concerns() {
        return Concerns.agent(agentId);
    }
}
