package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ctios.server.domain.timeline.AgentStateEntry;
import org.ctios.server.domain.timeline.AgentTimeline;

/** The agents' timelines in the relational database. */
@ApplicationScoped
public class JpaAgentTimeline implements AgentTimeline {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaAgentTimeline() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaAgentTimeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(AgentStateEntry entry) {
        // no statement now: Hibernate inserts the transaction's new rows at the commit, in JDBC batches
        entityManager.persist(entry);
    }

    @Override
    public List<AgentStateEntry> entries(String agentId, Instant from, Instant to, int offset, int limit) {
        return entityManager.createQuery("select e from AgentStateEntry e where e.key.agentId = :agentId "
                        + "and e.enteredAt >= :from and e.enteredAt < :to order by e.enteredAt, e.key.epoch, "
                        + "e.key.sequence", AgentStateEntry.class)
                .setParameter("agentId", agentId).setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String agentId, Instant from, Instant to) {
        return entityManager.createQuery("select count(e) from AgentStateEntry e where e.key.agentId = :agentId "
                        + "and e.enteredAt >= :from and e.enteredAt < :to", Long.class)
                .setParameter("agentId", agentId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public Optional<AgentStateEntry> inEffectAt(String agentId, Instant at) {
        return entityManager.createQuery("select e from AgentStateEntry e where e.key.agentId = :agentId "
                        + "and e.enteredAt < :at order by e.enteredAt desc, e.key.epoch desc, e.key.sequence desc",
                        AgentStateEntry.class)
                .setParameter("agentId", agentId).setParameter("at", at).setMaxResults(1).getResultStream()
                .findFirst();
    }

    @Override
    public int forgetBefore(Instant before) {
        return entityManager.createQuery("delete from AgentStateEntry e where e.enteredAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
