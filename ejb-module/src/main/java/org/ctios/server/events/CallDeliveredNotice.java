package org.ctios.server.events;

import java.util.List;
import java.util.Objects;

/**
 * A call rings at a device: the moment of the screen pop.
 *
 * @param agentId the agent logged in at the ringing device, null when it is no agent's (a queue, an outside number)
 * @param data    the call's numbers and variables at the moment it rang, so an observer can pop a screen without a
 *                query
 */
public record CallDeliveredNotice(long callId, String device, String agentId, ScreenPopData data)
        implements CallNotice {

    public CallDeliveredNotice {
        data = Objects.requireNonNullElse(data, ScreenPopData.NONE);
    }

    /** The call, the agent it rings for and the skill group it was routed for, when known. */
    @Override
    public Concerns concerns() {
        return new Concerns(agentId == null ? List.of() : List.of(agentId), List.of(callId),
                data.skillGroupNumber() == null ? List.of() : List.of(data.skillGroupNumber()));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callDelivered(this);
    }
}
