package org.ctios.server.events;

import java.util.List;

/**
 * A stored call changed through an event that has no notice of its own: it began, was originated, queued,
 * transferred, conferenced, diverted, failed or lost a party.
 *
 * @param event            the CTI event's name, such as {@code CallTransferred}
 * @param departedAgentIds the agents whose devices left the call with this change (a transfer's transferring agent,
 *                         an agent who released from a conference): the call goes on without them, so they learn of
 *                         it from this notice
 */
public record CallChangedNotice(long callId, String event, List<String> departedAgentIds) implements CallNotice {

    public CallChangedNotice {
        departedAgentIds = List.copyOf(departedAgentIds);
    }

    /** The call and the agents who left it with this change. */
    @Override
    public Concerns concerns() {
        return Concerns.call(callId, departedAgentIds);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callChanged(this);
    }
}
