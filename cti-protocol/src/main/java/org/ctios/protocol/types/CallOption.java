package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CallOption (USHORT) of the call-making requests; 2 to 5 are obsolete.
 */
public enum CallOption {
    UNSPECIFIED(0),
    CALLING_AGENT_ONLINE(1),
    CALLING_AGENT_RESERVED(2),
    CALLING_AGENT_NOT_RESERVED(3),
    CALLING_AGENT_BUZZ_BASE(4),
    CALLING_AGENT_BEEP_HSET(5),
    SERVICE_CIRCUIT_ON(6);

    private static final Map<Integer, CallOption> BY_WIRE = new HashMap<>();

    static {
        for (CallOption value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    CallOption(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<CallOption> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
