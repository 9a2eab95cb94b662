package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DeviceIDType (USHORT) of the call events' device fields (AlertingDeviceType, CallingDeviceType...): what kind of
 * device an ID names.
 */
public enum DeviceIdType {
    NONE(0xFFFF),
    DEVICE_IDENTIFIER(0),
    TRUNK_IDENTIFIER(70),
    TRUNK_GROUP_IDENTIFIER(71),
    IP_PHONE_MAC_IDENTIFIER(72),
    CTI_PORT(73),
    ROUTE_POINT(74),
    EXTERNAL(75),
    AGENT_DEVICE(76),
    QUEUE(77),
    NON_ACD_DEVICE_IDENTIFIER(78),
    SHARED_DEVICE_IDENTIFIER(79);

    private static final Map<Integer, DeviceIdType> BY_WIRE = new HashMap<>();

    static {
        for (DeviceIdType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    DeviceIdType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<DeviceIdType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
