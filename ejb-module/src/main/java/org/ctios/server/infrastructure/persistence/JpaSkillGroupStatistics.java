package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.domain.statistics.SkillGroupFigures;
import org.ctios.server.domain.statistics.SkillGroupStatistics;

/** A skill group's figures from three aggregate queries: agents by state, the queue, today's ended calls. */
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
    public SkillGroupFigures of(long skillGroupNumber, Instant startOfDay) {
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        List<Object[]> states = entityManager.createQuery("select a.state, count(distinct a) from Agent a "
                        + "join a.skillGroupStates g where key(g) = :number group by a.state", Object[].class)
                .setParameter("number", skillGroupNumber).getResultList();
        int members = 0;
        for (Object[] row : states) {
            int count = ((Number) row[1]).intValue();
            byState.put((AgentState) row[0], count);
            members += count;
        }
        Object[] queue = entityManager.createQuery("select count(distinct c), min(c.milestones.queuedAt) from Call c "
                        + "join c.parties p where c.skillGroupNumber = :number and p.state = :queued", Object[].class)
                .setParameter("number", skillGroupNumber).setParameter("queued", LocalConnectionState.QUEUED)
                .getSingleResult();
        Object[] handled = entityManager.createQuery("select count(r), sum((r.endedAt - r.milestones.answeredAt) by second) "
                        + "from CallRecord r where r.skillGroupNumber = :number and r.endedAt >= :since "
                        + "and r.milestones.answeredAt is not null", Object[].class)
                .setParameter("number", skillGroupNumber).setParameter("since", startOfDay).getSingleResult();
        long abandoned = entityManager.createQuery("select count(r) from CallRecord r "
                        + "where r.skillGroupNumber = :number and r.endedAt >= :since and r.milestones.answeredAt is null",
                        Long.class)
                .setParameter("number", skillGroupNumber).setParameter("since", startOfDay).getSingleResult();
        long handledCount = ((Number) handled[0]).longValue();
        double handleSeconds = handled[1] == null ? 0 : ((Number) handled[1]).doubleValue();
        Duration average = handledCount == 0 ? Duration.ZERO
                : Duration.ofMillis(Math.round(handleSeconds * 1000 / handledCount));
        return new SkillGroupFigures(members, members - count(byState, AgentState.LOGOUT),
                count(byState, AgentState.AVAILABLE), count(byState, AgentState.NOT_READY),
                count(byState, AgentState.TALKING) + count(byState, AgentState.HOLD),
                count(byState, AgentState.WORK_READY) + count(byState, AgentState.WORK_NOT_READY),
                ((Number) queue[0]).intValue(), (Instant) queue[1], handledCount, abandoned, average);
    }

    private static int count(Map<AgentState, Integer> byState, AgentState state) {
        return byState.getOrDefault(state, 0);
    }
}
