package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * FacilityType (USHORT) of the call-making requests.
 */
public enum FacilityType {
    UNSPECIFIED(0),
    TRUNK_GROUP(1),
    SKILL_GROUP(2);

    private static final Map<Integer, FacilityType> BY_WIRE = new HashMap<>();

    static {
        for (FacilityType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    FacilityType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<FacilityType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
