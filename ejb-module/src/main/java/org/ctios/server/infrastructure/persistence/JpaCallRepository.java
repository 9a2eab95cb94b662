package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallRepository;

/** Calls in progress in the relational database. */
@ApplicationScoped
public class JpaCallRepository implements CallRepository {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaCallRepository() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaCallRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Call> find(long callId) {
        return Optional.ofNullable(entityManager.find(Call.class, callId));
    }

    @Override
    public Set<Long> load(Collection<Long> callIds) {
        if (callIds.isEmpty()) {
            return Set.of();
        }
        // No automatic flush: nothing is pending when a batch begins, and a flush would dirty-check the context.
        // A list, never a stream: Hibernate scrolls a stream and closes a call's parties when the next row is of
        // another call, so rows of two calls that come interleaved (PostgreSQL's hash join does) leave a call with
        // part of its parties; changing a missing one then inserts a row that exists.
        return entityManager.createQuery("select c from Call c left join fetch c.parties where c.callId in :ids",
                        Call.class)
                .setParameter("ids", callIds).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(Call::callId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Call> findAll() {
        // the parties in the same query: one query, not one more per call
        return entityManager.createQuery("select distinct c from Call c left join fetch c.parties "
                + "order by c.milestones.begunAt, c.callId", Call.class).getResultList();
    }

    @Override
    public void add(Call call) {
        entityManager.persist(call);
    }

    @Override
    public void remove(Call call) {
        entityManager.remove(call);
    }
}
