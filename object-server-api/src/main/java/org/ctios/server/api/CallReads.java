package org.ctios.server.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.view.CallView;

/** The calls in progress, read from the live model in memory. */
public interface CallReads {

    /** The calls in progress, of that agent and that skill group where given ({@code null}: any). */
    List<CallView> all(String agentId, Long skillGroupNumber);

    Optional<CallView> byId(long callId);

    /** @return those of the calls that are in progress, by id */
    Map<Long, CallView> byIds(Collection<Long> callIds);
}
