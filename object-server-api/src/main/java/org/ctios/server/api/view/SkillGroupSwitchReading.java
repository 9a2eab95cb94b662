package org.ctios.server.api.view;

import java.time.Instant;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;

/**
 * A skill group's statistics as the switch last reported them (QUERY_SKILL_GROUP_STATISTICS_CONF), or why it did
 * not.
 *
 * @param readAt      when the switch answered (or the query failed): the figures are as old as that
 * @param figures     the switch's figures; null when {@code unavailable} says why there are none
 * @param unavailable why there are no figures (the switch refused, the link is down, the query is late); else null
 */
public record SkillGroupSwitchReading(long skillGroupNumber, Instant readAt, SkillGroupStatistics figures,
                                      String unavailable) {

    public SkillGroupSwitchReading {
        if ((figures == null) == (unavailable == null)) {
            throw new IllegalArgumentException("a reading has either figures or the reason it has none");
        }
    }
}
