package org.ctios.server.domain.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the calls in progress are kept. */
public interface CallRepository {

    Optional<Call> find(long callId);

    /**
     * Brings these calls in progress, with their parties, into the transaction at once, so that {@link #find}
     * answers for them without asking the store again: one query for a batch of events instead of one per event.
     *
     * @return the ids of those that are stored
     */
    Set<Long> load(Collection<Long> callIds);

    /** Every call in progress, oldest first. */
    List<Call> findAll();

    void add(Call call);

    void remove(Call call);
}
