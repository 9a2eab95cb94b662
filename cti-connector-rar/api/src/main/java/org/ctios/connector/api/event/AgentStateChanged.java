package org.ctios.connector.api.event;

import java.util.List;
import org.ctios.protocol.types.AgentState;

/**
 * An agent's state changed (AGENT_STATE_EVENT).
 *
 * @param agentExtension  the extension the agent is logged in on, or {@code null}
 * @param agentInstrument the instrument the agent is logged in on, or {@code null}
 * @param reasonCode      the not-ready or logout reason code, 0 when none
 * @param skillGroups     the agent's state per skill group, as far as the event says
 * @param activeTasks     the number of calls (tasks) the agent is on
 * @param nextState       the state the agent asked for during a call, which the switch takes when the call ends
 *                        (NextAgentState); {@code null} when none is pending. While one is, {@code reasonCode} is
 *                        that state's reason: the current state (talking, on hold...) has none.
 */
public record AgentStateChanged(EventOrigin origin, long peripheralId, String agentId, String agentExtension,
                                String agentInstrument, AgentState state, int reasonCode,
                                List<AgentSkillGroup> skillGroups, long activeTasks, AgentState nextState)
        implements AgentEvent {

    public AgentStateChanged {
        skillGroups = List.copyOf(skillGroups);
    }

    /** A change with no state pending. */
    public AgentStateChanged(EventOrigin origin, long peripheralId, String agentId, String agentExtension,
                             String agentInstrument, AgentState state, int reasonCode,
                             List<AgentSkillGroup> skillGroups, long activeTasks) {
        this(origin, peripheralId, agentId, agentExtension, agentInstrument, state, reasonCode, skillGroups,
                activeTasks, null);
    }

    @Override
    public void handleWith(Handler handler) {
        handler.agentStateChanged(this);
    }

    @Override
    public Concerns concerns() {
        return Concerns.agent(agentId);
    }
}
