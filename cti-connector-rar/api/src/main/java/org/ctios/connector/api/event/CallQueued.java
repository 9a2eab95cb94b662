package org.ctios.connector.api.event;

import java.util.List;

/**
 * A call waits in one or more skill group queues (CALL_QUEUED_EVENT).
 *
 * @param queueLength the number of calls in the queue, as the server counts them
 */
public record CallQueued(EventOrigin origin, long callId, String queueDevice, List<Long> skillGroupNumbers,
                         int queueLength) implements CallEvent {

    public CallQueued {
        skillGroupNumbers = List.copyOf(skillGroupNumbers);
    }

    @Override
    public Concerns concerns() {
        return Concerns.call(callId);
    }
}
