package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CallPlacementType (USHORT) of MAKE_CALL_REQ, CONSULTATION_CALL_REQ, TRANSFER_CALL_REQ and CONFERENCE_CALL_REQ.
 */
public enum CallPlacementType {
    UNSPECIFIED(0),
    LINE_CALL(1),
    OUTBOUND(2),
    OUTBOUND_NO_ACCESS_CODE(3),
    DIRECT_POSITION(4),
    DIRECT_AGENT(5),
    SUPERVISOR_ASSIST(6);

    private static final Map<Integer, CallPlacementType> BY_WIRE = new HashMap<>();

    static {
        for (CallPlacementType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    CallPlacementType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<CallPlacementType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
