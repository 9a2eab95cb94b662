package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * LocalConnectionState (USHORT) of the call events: the state of the connection the event is about, from the
 * device's point of view. NONE (0xFFFF) when not applicable.
 */
public enum LocalConnectionState {
    NONE(0xFFFF),
    NULL(0),
    INITIATE(1),
    ALERTING(2),
    CONNECT(3),
    HOLD(4),
    QUEUED(5),
    FAIL(6);

    private static final Map<Integer, LocalConnectionState> BY_WIRE = new HashMap<>();

    static {
        for (LocalConnectionState value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    LocalConnectionState(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<LocalConnectionState> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
