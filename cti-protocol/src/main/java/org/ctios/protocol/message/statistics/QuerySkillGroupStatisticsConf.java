package org.ctios.protocol.message.statistics;

import java.util.Objects;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * QUERY_SKILL_GROUP_STATISTICS_CONF (115): a skill group's statistics: agents by state and calls in queue now, and
 * calls handled, abandoned and timed over the last five minutes, the half hour and today. Fixed part only.
 */
public record QuerySkillGroupStatisticsConf(long invokeId, long peripheralId, long skillGroupNumber,
                                            long skillGroupId, SkillGroupStatistics statistics)
        implements InvokedMessage {

    public QuerySkillGroupStatisticsConf {
        Objects.requireNonNull(statistics, "statistics");
    }

    @Override
    public MessageType messageType() {
        return MessageType.QUERY_SKILL_GROUP_STATISTICS_CONF;
    }
}
