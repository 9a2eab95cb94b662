package org.ctios.server.domain.statistics;

import java.time.Instant;
import java.util.Map;

/** Counts the skill groups' ended calls in the stored history. */
public interface SkillGroupStatistics {

    /** Per skill group number, its calls that ended since {@code since}; groups with none are left out. */
    Map<Long, EndedCallCounts> endedSince(Instant since);
}
