package org.ctios.protocol.message.statistics;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * QUERY_SKILL_GROUP_STATISTICS_REQ (114): asks for a skill group's current statistics, naming the group by number
 * or by id (the other 0xFFFFFFFF). Fixed part only.
 */
public record QuerySkillGroupStatisticsReq(long invokeId, long peripheralId, long skillGroupNumber, long skillGroupId)
        implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.QUERY_SKILL_GROUP_STATISTICS_REQ;
    }
}
