package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AgentMode (USHORT) of AGENT_STATE_EVENT and QUERY_AGENT_STATE_CONF: whether the router may send the agent tasks.
 */
public enum AgentMode {
    NOT_ROUTABLE(0),
    ROUTABLE(1);

    private static final Map<Integer, AgentMode> BY_WIRE = new HashMap<>();

    static {
        for (AgentMode value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    AgentMode(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<AgentMode> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
