package org.ctios.connector.api;

import java.util.List;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.protocol.types.AgentState;

/** An agent's state as QUERY_AGENT_STATE answers it. */
public record AgentStateInfo(String agentId, String agentExtension, String agentInstrument, AgentState state,
                             List<AgentSkillGroup> skillGroups, long activeTasks) {

    public AgentStateInfo {
        skillGroups = List.copyOf(skillGroups);
    }
}
