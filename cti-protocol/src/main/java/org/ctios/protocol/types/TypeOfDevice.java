package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TypeOfDevice (USHORT) of QUERY_DEVICE_INFO_CONF.
 */
public enum TypeOfDevice {
    STATION(0),
    LINE(1),
    BUTTON(2),
    ACD(3),
    TRUNK(4),
    OPERATOR(5),
    STATION_GROUP(16),
    LINE_GROUP(17),
    BUTTON_GROUP(18),
    ACD_GROUP(19),
    TRUNK_GROUP(20),
    OPERATOR_GROUP(21),
    CTI_PORT_SCCP(22),
    CTI_PORT_SIP(23),
    OTHER(255);

    private static final Map<Integer, TypeOfDevice> BY_WIRE = new HashMap<>();

    static {
        for (TypeOfDevice value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    TypeOfDevice(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<TypeOfDevice> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
