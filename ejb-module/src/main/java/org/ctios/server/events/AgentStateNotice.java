package org.ctios.server.events;

import java.time.Instant;
import org.ctios.protocol.types.AgentState;

/**
 * An agent's state changed.
 *
 * @param reconciled the change comes from the snapshot after a (re)connection, not from an event
 */
public record AgentStateNotice(String agentId, AgentState state, int reasonCode, Instant since, boolean reconciled)
        implements Notice {

    @Override
    public Concerns concerns() {
        return Concerns.agent(agentId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.agentState(this);
    }
}
