package org.ctios.examples.crmbridge;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the CRM shows the agent a call rings at: who calls ({@code ani}), the number dialled ({@code dnis}) and the
 * call variables the routing script set (by number, 1 to 10, the empty ones left out).
 */
public record ScreenPop(String agentId, long callId, String ani, String dnis, Map<Integer, String> callVariables,
                        Instant deliveredAt) {

    public ScreenPop {
        // in their numbers' order, as the CRM shows them
        callVariables = Collections.unmodifiableMap(new TreeMap<>(callVariables));
    }
}
