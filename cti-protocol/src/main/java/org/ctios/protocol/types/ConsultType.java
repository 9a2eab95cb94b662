package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ConsultType (USHORT) of CONSULTATION_CALL_REQ: what the consultation is for.
 */
public enum ConsultType {
    UNSPECIFIED(0),
    TRANSFER(1),
    CONFERENCE(2);

    private static final Map<Integer, ConsultType> BY_WIRE = new HashMap<>();

    static {
        for (ConsultType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    ConsultType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<ConsultType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
