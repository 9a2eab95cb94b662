package org.ctios.protocol.types;

import java.util.Optional;

/** AgentState values (USHORT) of AGENT_STATE_EVENT, QUERY_AGENT_STATE_CONF, SET_AGENT_STATE_REQ and OPEN_CONF. */
public enum AgentState {
    LOGIN(0),
    LOGOUT(1),
    NOT_READY(2),
    AVAILABLE(3),
    TALKING(4),
    WORK_NOT_READY(5),
    WORK_READY(6),
    BUSY_OTHER(7),
    RESERVED(8),
    UNKNOWN(9),
    HOLD(10),
    ACTIVE(11),
    PAUSED(12),
    INTERRUPTED(13),
    NOT_ACTIVE(14);

    private static final AgentState[] BY_WIRE = values();

    private final int wire;

    AgentState(int wire) {
        this.wire = wire;
    }

    /** The value on the wire. */
    public int wire() {
        return wire;
    }

    /** The state with that wire value, if the protocol defines one. */
    public static Optional<AgentState> fromWire(int wire) {
        return wire >= 0 && wire < BY_WIRE.length ? Optional.of(BY_WIRE[wire]) : Optional.empty();
    }

    /** The state with that wire value, or {@link #UNKNOWN} for a value the protocol does not define. */
    public static AgentState fromWireOrUnknown(int wire) {
        return wire >= 0 && wire < BY_WIRE.length ? BY_WIRE[wire] : UNKNOWN;
    }

    /** The bit of this state in an AgentStateMask (OPEN_REQ), or 0 for UNKNOWN, which has none. */
    public long maskBit() {
        return switch (this) {
            case LOGIN -> 0x1;
            case LOGOUT -> 0x2;
            case NOT_READY -> 0x4;
            case AVAILABLE -> 0x8;
            case TALKING -> 0x10;
            case WORK_NOT_READY -> 0x20;
            case WORK_READY -> 0x40;
            case BUSY_OTHER -> 0x80;
            case RESERVED -> 0x100;
            case HOLD -> 0x200;
            case ACTIVE -> 0x400;
            case PAUSED -> 0x800;
            case INTERRUPTED -> 0x1000;
            case NOT_ACTIVE -> 0x2000;
            case UNKNOWN -> 0;
        };
    }

    /** The AgentStateMask selecting every state. */
    public static long allStatesMask() {
        long mask = 0;
        for (AgentState state : values()) {
            mask |= state.maskBit();
        }
        return mask;
    }
}
