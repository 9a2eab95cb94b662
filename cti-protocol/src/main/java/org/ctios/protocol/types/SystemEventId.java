package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SystemEventID (UINT, carried as its low 32 bits) of SYSTEM_EVENT: what changed in the system. The guide's table
 * may continue past 11; those values were not in the fact sheet.
 */
public enum SystemEventId {
    CENTRAL_CONTROLLER_ONLINE(1),
    CENTRAL_CONTROLLER_OFFLINE(2),
    PERIPHERAL_ONLINE(3),
    PERIPHERAL_OFFLINE(4),
    TEXT_FYI(5),
    PERIPHERAL_GATEWAY_OFFLINE(6),
    CTI_SERVER_OFFLINE(7),
    CTI_SERVER_ONLINE(8),
    HALF_HOUR_CHANGE(9),
    INSTRUMENT_OUT_OF_SERVICE(10),
    INSTRUMENT_BACK_IN_SERVICE(11);

    private static final Map<Integer, SystemEventId> BY_WIRE = new HashMap<>();

    static {
        for (SystemEventId value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    SystemEventId(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (UINT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<SystemEventId> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
