package org.ctios.server.events;

import java.util.Set;

/** The live statistics of these skill groups may have changed. */
public record SkillGroupStatisticsNotice(Set<Long> skillGroupNumbers) implements Notice {

    public SkillGroupStatisticsNotice {
        skillGroupNumbers = Set.copyOf(skillGroupNumbers);
    }

    @Override
    public Concerns concerns() {
        return Concerns.skillGroups(skillGroupNumbers);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.skillGroupStatistics(this);
    }
}
