package org.ctios.examples.crmbridge;

import java.time.Instant;
import java.util.Map;

/**
 * What the CRM shows the agent a call rings at: who calls ({@code ani}), the number dialled ({@code dnis}) and the
 * call variables the routing script set (by number, 1 to 10, the empty ones left out).
 */
public record ScreenPop(String agentId, long callId, String ani, String dnis, Map<Integer, String> callVariables,
                        Instant deliveredAt) {

    public ScreenPop {
        callVariables = Map.copyOf(callVariables);
    }
}
