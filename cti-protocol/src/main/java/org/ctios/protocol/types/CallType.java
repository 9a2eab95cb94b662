package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CallType (USHORT) of BEGIN_CALL_EVENT, CALL_DATA_UPDATE_EVENT and SNAPSHOT_CALL_CONF: how a call came to be. NONE
 * is 0xFFFF. Decision: 27 is RESERVATION_PREVIEW (the guide also lists CALLTYPE_NON_ACD as 27; the version 20 codec
 * and the rest of the table put NON_ACD at 38). 0 is not in the version 25 table, though the version 20 codec accepts
 * it, so {@code fromWire(0)} is empty.
 */
public enum CallType {
    NONE(0xFFFF),
    ACD_IN(1),
    PREROUTE_ACD_IN(2),
    PREROUTE_DIRECT_AGENT(3),
    TRANSFER_IN(4),
    OVERFLOW_IN(5),
    OTHER_IN(6),
    AUTO_OUT(7),
    AGENT_OUT(8),
    OUT(9),
    AGENT_INSIDE(10),
    OFFERED(11),
    CONSULT(12),
    CONSULT_OFFERRED(13),
    CONSULT_CONFERENCE(14),
    CONFERENCE(15),
    UNMONITORED(16),
    PREVIEW(17),
    RESERVATION(18),
    ASSIST(19),
    EMERGENCY(20),
    SUPERVISOR_MONITOR(21),
    SUPERVISOR_WHISPER(22),
    SUPERVISOR_BARGEIN(23),
    SUPERVISOR_INTERCEPT(24),
    TASK_ROUTED_BY_ICM(25),
    TASK_ROUTED_BY_APPLICATION(26),
    RESERVATION_PREVIEW(27),
    RESERVATION_PREVIEW_DIRECT(28),
    RESERVATION_PREDICTIVE(29),
    RESERVATION_CALLBACK(30),
    RESERVATION_PERSONAL_CALLBACK(31),
    CUSTOMER_PREVIEW(32),
    CUSTOMER_PREVIEW_DIRECT(33),
    CUSTOMER_PREDICTIVE(34),
    CUSTOMER_CALLBACK(35),
    CUSTOMER_PERSONAL_CALLBACK(36),
    CUSTOMER_IVR(37),
    NON_ACD(38),
    PLAY_AGENT_GREETING(39),
    RECORD_AGENT_GREETING(40),
    VOICE_CALL_BACK(41);

    private static final Map<Integer, CallType> BY_WIRE = new HashMap<>();

    static {
        for (CallType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    CallType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<CallType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
