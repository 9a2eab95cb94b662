package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SupervisoryAction (USHORT) of SUPERVISE_CALL_REQ: what a supervisor does to an agent's call.
 */
public enum SupervisoryAction {
    CLEAR(0),
    MONITOR(1),
    WHISPER(2),
    BARGE_IN(3),
    INTERCEPT(4);

    private static final Map<Integer, SupervisoryAction> BY_WIRE = new HashMap<>();

    static {
        for (SupervisoryAction value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    SupervisoryAction(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<SupervisoryAction> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
