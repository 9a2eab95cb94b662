package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CallMannerType (USHORT) of the call-making requests.
 */
public enum CallMannerType {
    UNSPECIFIED(0),
    POLITE(1),
    BELLIGERENT(2),
    SEMI_POLITE(3),
    RESERVED(4);

    private static final Map<Integer, CallMannerType> BY_WIRE = new HashMap<>();

    static {
        for (CallMannerType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    CallMannerType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<CallMannerType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
