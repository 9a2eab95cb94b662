package org.ctios.protocol.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PeripheralType (USHORT): the kind of switch behind the peripheral; Unified CCE agent peripherals are
 * ENTERPRISE_AGENT (17). ASPECT (1), SYMPOSIUM (16) and SIMPLIFIED_IPCC (23) were removed in protocol version 25
 * and are still accepted, as version 24 servers may send them.
 */
public enum PeripheralType {
    NONE(0xFFFF),
    ASPECT(1),
    MERIDIAN(2),
    G2(3),
    DEFINITY_ECS_NON_EAS(4),
    DEFINITY_ECS_EAS(5),
    GALAXY(6),
    SPECTRUM(7),
    VRU(8),
    VRU_POLLED(9),
    DMS100(10),
    SIEMENS_9006(11),
    SIEMENS_9005(12),
    ALCATEL(13),
    NEC_NEAX_2X00(14),
    ACP_1000(15),
    SYMPOSIUM(16),
    ENTERPRISE_AGENT(17),
    MD110(18),
    MEDIA_ROUTING(19),
    GENERIC(20),
    ACMI_CRS(21),
    ACMI_IPCC(22),
    SIMPLIFIED_IPCC(23),
    ARS(24),
    ACMI_ERS(25),
    ACMI_EXPERT_ADVISOR(26);

    private static final Map<Integer, PeripheralType> BY_WIRE = new HashMap<>();

    static {
        for (PeripheralType value : values()) {
            BY_WIRE.put(value.wire, value);
        }
    }

    private final int wire;

    PeripheralType(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<PeripheralType> fromWire(int wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
