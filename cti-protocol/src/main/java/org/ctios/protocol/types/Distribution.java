package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Distribution (USHORT) of USER_MESSAGE_REQ and USER_MESSAGE_EVENT: who receives a user message. */
public enum Distribution {
    /** The client named by the request's ClientID. */
    CLIENT(0),
    /** The supervisors of the named agent's team. */
    SUPERVISOR(1),
    /** Every client of the named agent's team. */
    TEAM(2),
    /** Every CTI Server client. */
    ALL(3);

    private static final Map<Integer, Distribution> BY_WIRE = new HashMap<>();

    static {
        for (Distribution value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    Distribution(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<Distribution> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
