package org.ctios.connector.api;

import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.AgentState;

/**
 * An agent's state changed (AGENT_STATE_EVENT).
 *
 * @param peripheralId    the agent's peripheral
 * @param agentId         the agent's ACD login id
 * @param agentExtension  the extension the agent is logged in on, or {@code null}
 * @param agentInstrument the instrument the agent is logged in on, or {@code null}
 * @param state           the agent's overall state
 * @param reasonCode      the not-ready or logout reason code, 0 when none
 * @param skillGroupNumbers the skill groups the event names
 */
public record AgentStateChanged(Instant receivedAt, long peripheralId, String agentId, String agentExtension,
                                String agentInstrument, AgentState state, int reasonCode,
                                List<Long> skillGroupNumbers) implements CtiEvent {

    public AgentStateChanged {
        skillGroupNumbers = List.copyOf(skillGroupNumbers);
    }
}
