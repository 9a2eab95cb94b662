package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SessionType (USHORT) of OPEN_CONF from protocol version 24: which side of an active/standby CTI Server pair the
 * session reached.
 */
public enum SessionType {
    UNKNOWN(0),
    ACTIVE(1),
    STANDBY(2);

    private static final Map<Integer, SessionType> BY_WIRE = new HashMap<>();

    static {
        for (SessionType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    SessionType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<SessionType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
