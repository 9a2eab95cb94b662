package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ForcedFlag (UCHAR) of SET_AGENT_STATE_REQ.
 */
public enum ForcedFlag {
    FALSE(0),
    TRUE(1),
    AGENT_AUTHENTICATION_ONLY(2);

    private static final Map<Integer, ForcedFlag> BY_WIRE = new HashMap<>();

    static {
        for (ForcedFlag value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    ForcedFlag(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (UCHAR). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<ForcedFlag> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
