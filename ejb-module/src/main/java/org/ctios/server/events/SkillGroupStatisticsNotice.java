package org.ctios.server.events;

import java.util.Set;

/** The live statistics of these skill groups may have changed. */
public record SkillGroupStatisticsNotice(Set<Long> skillGroupNumbers) {

    public SkillGroupStatisticsNotice {
        skillGroupNumbers = Set.copyOf(skillGroupNumbers);
    }
}
