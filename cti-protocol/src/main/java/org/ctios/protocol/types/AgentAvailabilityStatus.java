package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AgentAvailabilityStatus (UINT, carried as its low 32 bits) of AGENT_STATE_EVENT and QUERY_AGENT_STATE_CONF.
 */
public enum AgentAvailabilityStatus {
    NOT_AVAILABLE(0),
    ICM_AVAILABLE(1),
    APPLICATION_AVAILABLE(2);

    private static final Map<Integer, AgentAvailabilityStatus> BY_WIRE = new HashMap<>();

    static {
        for (AgentAvailabilityStatus value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    AgentAvailabilityStatus(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (UINT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<AgentAvailabilityStatus> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
