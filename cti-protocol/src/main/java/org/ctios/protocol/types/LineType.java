package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * LineType (USHORT) of the call events and confirmations: what an agent's line is used for.
 */
public enum LineType {
    INBOUND_ACD(0),
    OUTBOUND_ACD(1),
    INSIDE(2),
    UNKNOWN(3),
    SUPERVISOR(4),
    MESSAGE(5),
    HELP(6),
    OUTBOUND(7),
    DID(8),
    SILENT_MONITOR(9),
    NON_ACD_IN(10),
    NON_ACD_OUT(11);

    private static final Map<Integer, LineType> BY_WIRE = new HashMap<>();

    static {
        for (LineType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    LineType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<LineType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
