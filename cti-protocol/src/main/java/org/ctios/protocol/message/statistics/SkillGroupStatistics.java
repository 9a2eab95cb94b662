package org.ctios.protocol.message.statistics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The 145 statistics of a skill group, as QUERY_SKILL_GROUP_STATISTICS_CONF carries them. Immutable. */
public final class SkillGroupStatistics {

    /** Value of a statistic the peripheral does not know. */
    public static final long UNKNOWN = 0xFFFF_FFFFL;
    static final int COUNT = SkillGroupStatistic.values().length;

    private final long[] values;

    private SkillGroupStatistics(long[] values) {
        this.values = values;
    }

    /** Statistics with the given values; every other statistic is 0. */
    public static SkillGroupStatistics of(Map<SkillGroupStatistic, Long> given) {
        long[] values = new long[COUNT];
        given.forEach((statistic, value) -> values[statistic.ordinal()] = value);
        return new SkillGroupStatistics(values);
    }

    /** Statistics from all 145 values in wire order. */
    public static SkillGroupStatistics ofWireOrder(long[] wireOrder) {
        if (wireOrder.length != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " values, got " + wireOrder.length);
        }
        return new SkillGroupStatistics(wireOrder.clone());
    }

    public long get(SkillGroupStatistic statistic) {
        return values[statistic.ordinal()];
    }

    /** All values in wire order, as a copy. */
    public long[] toWireOrder() {
        return values.clone();
    }

    /** The statistics as a map in wire order. */
    public Map<SkillGroupStatistic, Long> asMap() {
        Map<SkillGroupStatistic, Long> map = new EnumMap<>(SkillGroupStatistic.class);
        for (SkillGroupStatistic statistic : SkillGroupStatistic.values()) {
            map.put(statistic, values[statistic.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkillGroupStatistics that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SkillGroupStatistics" + asMap();
    }
}
