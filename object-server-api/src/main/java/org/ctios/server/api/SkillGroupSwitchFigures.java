package org.ctios.server.api;

import java.time.Duration;
import java.util.Optional;
import org.ctios.server.api.view.SkillGroupSwitchReading;

/**
 * Skill groups' statistics as the switch counts them (QUERY_SKILL_GROUP_STATISTICS), beside the figures the object
 * server computes itself. The switch is asked at most once per group per {@link #refreshInterval()}, and only when
 * someone reads: a younger reading is answered from memory, readers that find it older at once share one query.
 */
public interface SkillGroupSwitchFigures {

    /**
     * The group's latest reading, refreshed first if older than the interval. Never throws for the switch's sake: a
     * refusal, a link down or a query late beyond the wait is a reading that says why it has no figures.
     *
     * @return empty when no such skill group is known
     */
    Optional<SkillGroupSwitchReading> read(long skillGroupNumber);

    /** The group's last reading however old, without asking the switch (for readers that must never wait). */
    Optional<SkillGroupSwitchReading> lastRead(long skillGroupNumber);

    /** How old a reading may be before a read asks the switch again. */
    Duration refreshInterval();
}
