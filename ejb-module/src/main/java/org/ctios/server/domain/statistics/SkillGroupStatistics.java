package org.ctios.server.domain.statistics;

import java.time.Instant;

/** Counts a skill group's agents, queue and handled calls in the stored model. */
public interface SkillGroupStatistics {

    /** The figures now, with the day's counts from {@code startOfDay}. */
    SkillGroupFigures of(long skillGroupNumber, Instant startOfDay);
}
