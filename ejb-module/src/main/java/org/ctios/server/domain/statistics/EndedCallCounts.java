package org.ctios.server.domain.statistics;

import java.time.Duration;

/**
 * A skill group's ended calls over some time.
 *
 * @param handled         answered calls
 * @param totalHandleTime the handled calls' time from answer to end, added up
 * @param abandoned       calls that ended unanswered
 */
public record EndedCallCounts(long handled, Duration totalHandleTime, long abandoned) {
}
