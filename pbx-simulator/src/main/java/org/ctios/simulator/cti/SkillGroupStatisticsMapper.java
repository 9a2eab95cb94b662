package org.ctios.simulator.cti;

import java.util.EnumMap;
import java.util.Map;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.simulator.acd.SkillGroupView;

/**
 * The statistics the simulated switch keeps, in the protocol's terms. Statistics it does not keep (the five-minute
 * and half-hour periods, outbound and preview counts) are 0; the queue ones it does not keep (the router's queue,
 * today's queue time and longest wait) are unknown, as the guide spells it for queue statistics. "Today" is since
 * the switch started: it keeps no calendar for its counters.
 */
final class SkillGroupStatisticsMapper {

    SkillGroupStatistics of(SkillGroupView group) {
        Map<SkillGroupStatistic, Long> values = new EnumMap<>(SkillGroupStatistic.class);
        values.put(SkillGroupStatistic.AGENTS_LOGGED_ON, (long) group.agentsLoggedOn());
        values.put(SkillGroupStatistic.AGENTS_AVAIL, (long) group.agentsAvailable());
        values.put(SkillGroupStatistic.AGENTS_ICM_AVAILABLE, (long) group.agentsAvailable());
        values.put(SkillGroupStatistic.AGENTS_NOT_READY, (long) group.agentsNotReady());
        values.put(SkillGroupStatistic.AGENTS_READY, (long) (group.agentsLoggedOn() - group.agentsNotReady()));
        values.put(SkillGroupStatistic.AGENTS_TALKING_IN, (long) group.agentsTalking());
        values.put(SkillGroupStatistic.AGENTS_HOLD, (long) group.agentsOnHold());
        values.put(SkillGroupStatistic.AGENTS_RESERVED, (long) group.agentsReserved());
        values.put(SkillGroupStatistic.AGENTS_WORK_READY, (long) group.agentsWorkReady());
        values.put(SkillGroupStatistic.AGENTS_WORK_NOT_READY, (long) group.agentsWorkNotReady());
        values.put(SkillGroupStatistic.ROUTER_CALLS_QUEUE_NOW, SkillGroupStatistics.UNKNOWN);
        values.put(SkillGroupStatistic.LONGEST_ROUTER_CALL_QUEUE_NOW, SkillGroupStatistics.UNKNOWN);
        values.put(SkillGroupStatistic.CALLS_QUEUE_NOW, (long) group.callsQueued());
        values.put(SkillGroupStatistic.LONGEST_CALL_QUEUE_NOW, group.longestQueued().toSeconds());
        values.put(SkillGroupStatistic.HANDLED_CALLS_TODAY, group.callsHandled());
        // answer to hang-up, holds included, as for an agent's HandledCallsTalkTime; no after-call work is kept
        values.put(SkillGroupStatistic.HANDLED_CALLS_TALK_TIME_TODAY, group.handleTimeToday().toSeconds());
        // every call offered to the group, whether it waited or went straight to an available agent
        values.put(SkillGroupStatistic.CALLS_QUEUE_TODAY, group.callsOffered());
        values.put(SkillGroupStatistic.CALLS_QUEUE_TIME_TODAY, SkillGroupStatistics.UNKNOWN);
        values.put(SkillGroupStatistic.LONGEST_CALL_QUEUE_TODAY, SkillGroupStatistics.UNKNOWN);
        return SkillGroupStatistics.of(values);
    }
}
