package org.ctios.simulator.server;

import java.util.List;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.types.SkillGroupEntry;
import org.ctios.simulator.acd.SimAgent;

/** Builds the AGENT_STATE_EVENT a CTI Server sends for an agent of the simulated ACD. */
final class AgentEventFactory {

    /** PeripheralType of Unified CCE's agent peripheral (PT_ENTERPRISE_AGENT). */
    static final int PERIPHERAL_TYPE_ENTERPRISE_AGENT = 17;
    private static final long NULL_SKILL_GROUP = 0xFFFF_FFFFL;
    private static final int MRD_VOICE = 1;
    private static final int AGENT_MODE_ROUTABLE = 1;

    private final long peripheralId;

    AgentEventFactory(long peripheralId) {
        this.peripheralId = peripheralId;
    }

    AgentStateEvent stateEvent(SimAgent agent) {
        List<SkillGroupEntry> groups = agent.skillGroups().stream()
                .map(number -> SkillGroupEntry.of(number, number, 0, agent.state().wire()))
                .toList();
        long firstGroup = agent.skillGroups().isEmpty() ? NULL_SKILL_GROUP : agent.skillGroups().get(0);
        return new AgentStateEvent(0, peripheralId, 0, PERIPHERAL_TYPE_ENTERPRISE_AGENT, agent.state().wire(), 0,
                firstGroup, firstGroup, 0, agent.state().wire(), agent.reasonCode(), MRD_VOICE, 0,
                AGENT_MODE_ROUTABLE, 1, skillTargetId(agent), 0, groups.size(), 0,
                null, agent.agentId(), agent.extension(), null, agent.instrument(), null, null, null, groups, null);
    }

    /** ICMAgentID: the agent's skill target id in Unified CCE; numeric agent ids stand in for it. */
    private static int skillTargetId(SimAgent agent) {
        try {
            return Integer.parseInt(agent.agentId());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
