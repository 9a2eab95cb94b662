package org.ctios.protocol.message.statistics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * An agent's statistics as QUERY_AGENT_STATISTICS_CONF carries them: the 42 {@link AgentStatistic}s since login,
 * then the same 42 since midnight. Immutable.
 */
public final class AgentStatistics {

    static final int COUNT = AgentStatistic.values().length;

    private final long[] values;

    private AgentStatistics(long[] values) {
        this.values = values;
    }

    /** Statistics with the given values since login and today; every other statistic is 0. */
    public static AgentStatistics of(Map<AgentStatistic, Long> sinceLogin, Map<AgentStatistic, Long> today) {
        long[] values = new long[2 * COUNT];
        sinceLogin.forEach((statistic, value) -> values[statistic.ordinal()] = value);
        today.forEach((statistic, value) -> values[COUNT + statistic.ordinal()] = value);
        return new AgentStatistics(values);
    }

    /** Statistics from all 84 values in wire order: the 42 since login, then the 42 of today. */
    public static AgentStatistics ofWireOrder(long[] wireOrder) {
        if (wireOrder.length != 2 * COUNT) {
            throw new IllegalArgumentException("expected " + 2 * COUNT + " values, got " + wireOrder.length);
        }
        return new AgentStatistics(wireOrder.clone());
    }

    /** The statistic since the agent logged in (the guide's "...Session" field). */
    public long sinceLogin(AgentStatistic statistic) {
        return values[statistic.ordinal()];
    }

    /** The statistic since midnight (the guide's "...Today" field). */
    public long today(AgentStatistic statistic) {
        return values[COUNT + statistic.ordinal()];
    }

    /** All 84 values in wire order, as a copy. */
    public long[] toWireOrder() {
        return values.clone();
    }

    /** The statistics since login as a map in wire order. */
    public Map<AgentStatistic, Long> sinceLogin() {
        return period(0);
    }

    /** The statistics since midnight as a map in wire order. */
    public Map<AgentStatistic, Long> today() {
        return period(COUNT);
    }

    private Map<AgentStatistic, Long> period(int start) {
        Map<AgentStatistic, Long> map = new EnumMap<>(AgentStatistic.class);
        for (AgentStatistic statistic : AgentStatistic.values()) {
            map.put(statistic, values[start + statistic.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentStatistics that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "AgentStatistics[sinceLogin=" + sinceLogin() + ", today=" + today() + "]";
    }
}
