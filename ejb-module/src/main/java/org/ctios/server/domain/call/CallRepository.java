package org.ctios.server.domain.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the calls in progress are kept. */
public interface CallRepository {

    Optional<Call> find(long callId);

    /** Those of these calls that are in progress, with their parties, in one query; in no particular order. */
    List<Call> findAll(Collection<Long> callIds);

    /** Every call in progress, oldest first. */
    List<Call> findAll();

    /** The calls in progress with a connection at one of these devices. */
    List<Call> findAtDevices(Collection<String> devices);

    void add(Call call);

    void remove(Call call);
}
