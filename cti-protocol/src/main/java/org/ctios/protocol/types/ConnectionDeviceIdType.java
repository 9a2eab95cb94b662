package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ConnectionDeviceIDType (USHORT): whether a ConnectionDeviceID is static (a fixed device) or dynamic (made up for
 * the call); NONE (0xFFFF) when there is none.
 */
public enum ConnectionDeviceIdType {
    NONE(0xFFFF),
    STATIC(0),
    DYNAMIC(1);

    private static final Map<Integer, ConnectionDeviceIdType> BY_WIRE = new HashMap<>();

    static {
        for (ConnectionDeviceIdType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    ConnectionDeviceIdType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<ConnectionDeviceIdType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
