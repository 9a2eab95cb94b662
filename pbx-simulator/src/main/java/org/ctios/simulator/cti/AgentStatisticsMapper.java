package org.ctios.simulator.cti;

import java.util.EnumMap;
import java.util.Map;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.simulator.acd.AgentFigures;
import org.ctios.simulator.acd.AgentStatisticsView;

/**
 * An agent's figures in the protocol's terms. The simulator knows no difference between available, ICM-available
 * and routable, so the three carry the same time; outbound calls have no after-call work, so their handle time is
 * their talk time. What it does not count (internal, predictive, preview and reservation calls, holds, monitors,
 * whispers, emergencies) is 0.
 */
final class AgentStatisticsMapper {

    AgentStatistics of(AgentStatisticsView view) {
        return AgentStatistics.of(period(view.sinceLogin()), period(view.today()));
    }

    private static Map<AgentStatistic, Long> period(AgentFigures figures) {
        Map<AgentStatistic, Long> values = new EnumMap<>(AgentStatistic.class);
        long available = figures.available().toSeconds();
        values.put(AgentStatistic.AVAIL_TIME, available);
        values.put(AgentStatistic.ICM_AVAILABLE_TIME, available);
        values.put(AgentStatistic.ROUTABLE_TIME, available);
        values.put(AgentStatistic.LOGGED_ON_TIME, figures.loggedOn().toSeconds());
        values.put(AgentStatistic.NOT_READY_TIME, figures.notReady().toSeconds());
        values.put(AgentStatistic.HANDLED_CALLS, figures.handledCalls());
        values.put(AgentStatistic.HANDLED_CALLS_TALK_TIME, figures.handledTalk().toSeconds());
        values.put(AgentStatistic.HANDLED_CALLS_AFTER_CALL_TIME, figures.afterCallWork().toSeconds());
        values.put(AgentStatistic.HANDLED_CALLS_TIME,
                figures.handledTalk().plus(figures.afterCallWork()).toSeconds());
        values.put(AgentStatistic.AGENT_OUT_CALLS, figures.outCalls());
        values.put(AgentStatistic.AGENT_OUT_CALLS_TALK_TIME, figures.outTalk().toSeconds());
        values.put(AgentStatistic.AGENT_OUT_CALLS_TIME, figures.outTalk().toSeconds());
        values.put(AgentStatistic.BARGE_IN_CALLS, figures.bargeIns());
        values.put(AgentStatistic.INTERCEPT_CALLS, figures.intercepts());
        return values;
    }
}
