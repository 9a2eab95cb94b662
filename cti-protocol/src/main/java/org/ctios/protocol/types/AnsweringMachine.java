package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AnsweringMachine (USHORT) of the call-making requests: what to do when a machine answers.
 */
public enum AnsweringMachine {
    UNSPECIFIED(0),
    CONNECT(1),
    DISCONNECT(2),
    NONE(3),
    NONE_NO_MODEM(4),
    CONNECT_NO_MODEM(5);

    private static final Map<Integer, AnsweringMachine> BY_WIRE = new HashMap<>();

    static {
        for (AnsweringMachine value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    AnsweringMachine(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<AnsweringMachine> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
