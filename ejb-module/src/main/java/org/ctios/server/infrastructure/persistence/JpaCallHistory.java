package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.CallRecord;
import org.ctios.server.domain.history.TimelineEntry;
import org.ctios.server.domain.stream.EventStamp;

/** The call history in the relational database. */
@ApplicationScoped
public class JpaCallHistory implements CallHistory {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaCallHistory() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaCallHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(CallRecord record) {
        entityManager.persist(record);
    }

    @Override
    public Optional<CallRecord> find(String callKey) {
        return Optional.ofNullable(entityManager.find(CallRecord.class, callKey));
    }

    @Override
    public Optional<CallRecord> latestOf(long callId) {
        // No automatic flush (it would dirty-check every entity of a batch of events): this answers whether an
        // event is a redelivery of one already applied, and a redelivery comes in a later transaction than the
        // original, after its commit.
        return entityManager.createQuery("select r from CallRecord r where r.callId = :callId order by r.endedAt desc",
                CallRecord.class).setParameter("callId", callId).setFlushMode(FlushModeType.COMMIT).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, EventStamp> latestStampsSince(Collection<Long> callIds, long epoch) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, EventStamp> latest = new HashMap<>();
        // Flushing is not needed for the same reason as in latestOf; a run's records of one id are few.
        entityManager.createQuery("select r.callId, r.stamp.epoch, r.stamp.sequence from CallRecord r "
                        + "where r.callId in :ids and r.stamp.epoch >= :epoch", Object[].class)
                .setParameter("ids", callIds).setParameter("epoch", epoch).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().forEach(row -> {
                    EventStamp stamp = EventStamp.of((Long) row[1], (Long) row[2]);
                    latest.merge((Long) row[0], stamp, (one, other) -> one.isBefore(other) ? other : one);
                });
        return latest;
    }

    @Override
    public List<CallRecord> search(HistoryFilter filter, int offset, int limit) {
        TypedQuery<CallRecord> query = entityManager.createQuery("select r from CallRecord r" + where(filter)
                + " order by r.endedAt desc, r.callKey", CallRecord.class);
        parameters(filter).forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(HistoryFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(r) from CallRecord r" + where(filter),
                Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public void wrapUp(String callKey, WrapUp wrapUp) {
        // The entity is immutable (see CallRecord), so the wrap-up columns are set by a statement of their own, and a
        // record already read in this persistence context is read again.
        // No null is bound: a native query's untyped null reaches PostgreSQL as bytea, which a varchar refuses.
        String setData = wrapUp.data() == null ? ""
                : wrapUp.data().isEmpty() ? ", wrapup_data = null" : ", wrapup_data = :data";
        Query update = entityManager.createNativeQuery("update call_record set wrapup_reason = "
                + ":reason, wrapup_agent_id = :agentId, wrapup_at = :at" + setData + " where call_key = :callKey")
                .setParameter("reason", wrapUp.reason()).setParameter("agentId", wrapUp.agentId())
                .setParameter("at", wrapUp.at()).setParameter("callKey", callKey);
        if (wrapUp.data() != null && !wrapUp.data().isEmpty()) {
            update.setParameter("data", wrapUp.data());
        }
        update.executeUpdate();
        CallRecord loaded = entityManager.find(CallRecord.class, callKey);
        if (loaded != null) {
            entityManager.refresh(loaded);
        }
    }

    @Override
    public boolean endedLaterFor(String agentId, Instant endedAt) {
        return !entityManager.createQuery("select r.callKey from CallRecord r where :agentId member of r.agentIds "
                        + "and r.endedAt > :endedAt", String.class).setParameter("agentId", agentId)
                .setParameter("endedAt", endedAt).setMaxResults(1).getResultList().isEmpty();
    }

    private static String where(HistoryFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("r.endedAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("r.endedAt < :to");
        }
        if (filter.agentId() != null) {
            conditions.add(":agentId member of r.agentIds");
        }
        if (filter.ani() != null) {
            conditions.add("r.data.ani = :ani");
        }
        if (filter.dnis() != null) {
            conditions.add("r.data.dnis = :dnis");
        }
        if (filter.skillGroupNumber() != null) {
            conditions.add("r.skillGroupNumber = :skillGroupNumber");
        }
        if (filter.wrapupReason() != null) {
            conditions.add("r.wrapupReason = :wrapupReason");
        }
        if (filter.wrapupData() != null) {
            conditions.add("r.data.wrapupData = :wrapupData");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(HistoryFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, "from", filter.from());
        putIfPresent(parameters, "to", filter.to());
        putIfPresent(parameters, "agentId", filter.agentId());
        putIfPresent(parameters, "ani", filter.ani());
        putIfPresent(parameters, "dnis", filter.dnis());
        putIfPresent(parameters, "skillGroupNumber", filter.skillGroupNumber());
        putIfPresent(parameters, "wrapupReason", filter.wrapupReason());
        putIfPresent(parameters, "wrapupData", filter.wrapupData());
        return parameters;
    }

    private static void putIfPresent(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    @Override
    public void append(TimelineEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<TimelineEntry> timeline(String callKey) {
        return entityManager.createQuery("select t from TimelineEntry t where t.callKey = :callKey "
                + "order by t.sequence", TimelineEntry.class).setParameter("callKey", callKey).getResultList();
    }
}
