package org.ctios.server.api.view;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long an agent spent in each kind of state in [from, to), up to now for a period not over yet: logged in
 * (every state but logout), ready, not ready (in all and by reason code), talking (held calls included), wrap-up,
 * and other states (reserved, busy with other work).
 */
public record TimeInStateView(String agentId, Instant from, Instant to, Duration loggedIn, Duration ready,
                              Duration notReady, Map<Integer, Duration> notReadyByReason, Duration talking,
                              Duration wrapUp, Duration other) {

    public TimeInStateView {
        notReadyByReason = Map.copyOf(notReadyByReason);
    }
}
