package org.ctios.server.domain.call;

import java.util.List;
import java.util.Optional;

/** Where the calls in progress are kept. */
public interface CallRepository {

    Optional<Call> find(long callId);

    /** Every call in progress, oldest first. */
    List<Call> findAll();

    void add(Call call);

    void remove(Call call);
}
