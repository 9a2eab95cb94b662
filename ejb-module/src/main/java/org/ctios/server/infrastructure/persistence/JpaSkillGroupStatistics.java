package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.domain.statistics.EndedCallCounts;
import org.ctios.server.domain.statistics.SkillGroupStatistics;

/** The skill groups' ended calls from two aggregate queries over the history, grouped by skill group. */
@ApplicationScoped
public class JpaSkillGroupStatistics implements SkillGroupStatistics {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaSkillGroupStatistics() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaSkillGroupStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, EndedCallCounts> endedSince(Instant since) {
        Map<Long, EndedCallCounts> counts = new HashMap<>();
        List<Object[]> handled = entityManager.createQuery("select r.skillGroupNumber, count(r), "
                        + "sum((r.endedAt - r.milestones.answeredAt) by second) from CallRecord r "
                        + "where r.skillGroupNumber is not null and r.endedAt >= :since "
                        + "and r.milestones.answeredAt is not null group by r.skillGroupNumber", Object[].class)
                .setParameter("since", since).getResultList();
        for (Object[] row : handled) {
            double seconds = row[2] == null ? 0 : ((Number) row[2]).doubleValue();
            counts.put((Long) row[0], new EndedCallCounts(((Number) row[1]).longValue(),
                    Duration.ofMillis(Math.round(seconds * 1000)), 0));
        }
        List<Object[]> abandoned = entityManager.createQuery("select r.skillGroupNumber, count(r) from CallRecord r "
                        + "where r.skillGroupNumber is not null and r.endedAt >= :since "
                        + "and r.milestones.answeredAt is null group by r.skillGroupNumber", Object[].class)
                .setParameter("since", since).getResultList();
        for (Object[] row : abandoned) {
            EndedCallCounts found = counts.getOrDefault((Long) row[0], new EndedCallCounts(0, Duration.ZERO, 0));
            counts.put((Long) row[0], new EndedCallCounts(found.handled(), found.totalHandleTime(),
                    ((Number) row[1]).longValue()));
        }
        return counts;
    }
}
