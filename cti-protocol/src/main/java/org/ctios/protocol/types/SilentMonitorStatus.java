package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SilentMonitorStatus (USHORT) of SNAPSHOT_DEVICE_CONF: the device's part in a silent monitor session.
 */
public enum SilentMonitorStatus {
    NONE(0),
    INITIATOR(1),
    TARGET(2);

    private static final Map<Integer, SilentMonitorStatus> BY_WIRE = new HashMap<>();

    static {
        for (SilentMonitorStatus value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    SilentMonitorStatus(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<SilentMonitorStatus> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
