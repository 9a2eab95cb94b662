package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.domain.audit.AuditEntry;
import org.ctios.server.domain.audit.AuditFilter;
import org.ctios.server.domain.audit.AuditLog;

/** The audit trail in the relational database. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaAuditLog() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaAuditLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        TypedQuery<AuditEntry> query = entityManager.createQuery("select e from AuditEntry e" + where(filter)
                + " order by e.recordedAt desc, e.id desc", AuditEntry.class);
        parameters(filter).forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(e) from AuditEntry e" + where(filter),
                Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public int deleteRecordedBefore(Instant cutoff) {
        return entityManager.createQuery("delete from AuditEntry e where e.recordedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private static String where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        parameters(filter).keySet().forEach(name -> conditions.add(switch (name) {
            case "from" -> "e.recordedAt >= :from";
            case "to" -> "e.recordedAt < :to";
            case "actor" -> "e.actor = :actor";
            case "agentId" -> "e.agentId = :agentId";
            case "callId" -> "e.callId = :callId";
            default -> throw new IllegalStateException("no condition for " + name);
        }));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(AuditFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, "from", filter.from());
        putIfPresent(parameters, "to", filter.to());
        putIfPresent(parameters, "actor", filter.actor());
        putIfPresent(parameters, "agentId", filter.agentId());
        putIfPresent(parameters, "callId", filter.callId());
        return parameters;
    }

    private static void putIfPresent(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
