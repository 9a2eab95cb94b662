package org.ctios.server.application.live;

import java.time.Instant;
import org.ctios.server.domain.history.CallRecord;

/**
 * A call that a committed transaction moved to the history: it leaves the calls in progress and counts in its skill
 * group's figures of the day.
 *
 * @param answeredAt null for a call that ended unanswered (abandoned)
 */
public record EndedCall(long callId, String callKey, Long skillGroupNumber, Instant answeredAt, Instant endedAt) {

    public static EndedCall of(CallRecord record) {
        return new EndedCall(record.callId(), record.callKey(), record.skillGroupNumber(),
                record.milestones().answeredAt(), record.endedAt());
    }
}
