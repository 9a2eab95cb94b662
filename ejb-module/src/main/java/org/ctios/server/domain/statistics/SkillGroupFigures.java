package org.ctios.server.domain.statistics;

import java.time.Duration;
import java.time.Instant;

/**
 * A skill group's counts as the model has them now.
 *
 * @param oldestQueuedAt when the call waiting longest in the queue was queued, {@code null} when none waits
 * @param handledSince   answered calls of the group ended since the start of the day
 * @param abandonedSince calls of the group ended unanswered since the start of the day
 */
public record SkillGroupFigures(int members, int loggedIn, int available, int notReady, int talking, int wrapUp,
                                int callsQueued, Instant oldestQueuedAt, long handledSince, long abandonedSince,
                                Duration averageHandleTime) {
}
