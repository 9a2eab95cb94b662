package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AgentWorkMode (USHORT) of SET_AGENT_STATE_REQ.
 */
public enum AgentWorkMode {
    UNSPECIFIED(0),
    AUTO_IN(1),
    MANUAL_IN(2),
    RA_CALL_BY_CALL(3),
    RA_NAILED_CONNECTION(4);

    private static final Map<Integer, AgentWorkMode> BY_WIRE = new HashMap<>();

    static {
        for (AgentWorkMode value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    AgentWorkMode(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<AgentWorkMode> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
