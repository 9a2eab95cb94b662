package org.ctios.server.events;

import java.util.List;
import org.ctios.server.api.view.EndReason;

/**
 * A call ended and its history record was written.
 *
 * @param callKey  the history record's key
 * @param agentIds the agents that were on the call
 */
public record CallEndedNotice(long callId, String callKey, EndReason reason, List<String> agentIds)
        implements CallNotice {

    public CallEndedNotice {
        agentIds = List.copyOf(agentIds);
    }

    /** The call and every agent that was on it: they are not on it any more. */
    @Override
    public Concerns concerns() {
        return Concerns.call(callId, agentIds);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callEnded(this);
    }
}
