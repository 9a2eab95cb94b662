package org.ctios.protocol.types;

import java.util.Optional;

/**
 * CalledPartyDisposition (USHORT) of BEGIN_CALL_EVENT, CALL_DATA_UPDATE_EVENT, SET_CALL_DATA_REQ and
 * SNAPSHOT_CALL_CONF: the call's disposition, from the guide's Disposition table.
 *
 * <p>The fact sheet gives the range 1 to 65 with 56 absent, but names only the first and the last; the values in
 * between are named by their number until the table is transcribed. The version 20 codec also defines 0, whose name
 * the sheet does not give, so {@code fromWire(0)} is empty. The extended call-cleared causes ({@link EventCause}
 * X_ABAND_NETWORK 1001 and on) look like these dispositions plus 1000, but the sheet does not say so, and no names
 * are borrowed from them.
 */
public enum CalledPartyDisposition {
    ABANDONED_IN_NETWORK(1),
    DISPOSITION_2(2),
    DISPOSITION_3(3),
    DISPOSITION_4(4),
    DISPOSITION_5(5),
    DISPOSITION_6(6),
    DISPOSITION_7(7),
    DISPOSITION_8(8),
    DISPOSITION_9(9),
    DISPOSITION_10(10),
    DISPOSITION_11(11),
    DISPOSITION_12(12),
    DISPOSITION_13(13),
    DISPOSITION_14(14),
    DISPOSITION_15(15),
    DISPOSITION_16(16),
    DISPOSITION_17(17),
    DISPOSITION_18(18),
    DISPOSITION_19(19),
    DISPOSITION_20(20),
    DISPOSITION_21(21),
    DISPOSITION_22(22),
    DISPOSITION_23(23),
    DISPOSITION_24(24),
    DISPOSITION_25(25),
    DISPOSITION_26(26),
    DISPOSITION_27(27),
    DISPOSITION_28(28),
    DISPOSITION_29(29),
    DISPOSITION_30(30),
    DISPOSITION_31(31),
    DISPOSITION_32(32),
    DISPOSITION_33(33),
    DISPOSITION_34(34),
    DISPOSITION_35(35),
    DISPOSITION_36(36),
    DISPOSITION_37(37),
    DISPOSITION_38(38),
    DISPOSITION_39(39),
    DISPOSITION_40(40),
    DISPOSITION_41(41),
    DISPOSITION_42(42),
    DISPOSITION_43(43),
    DISPOSITION_44(44),
    DISPOSITION_45(45),
    DISPOSITION_46(46),
    DISPOSITION_47(47),
    DISPOSITION_48(48),
    DISPOSITION_49(49),
    DISPOSITION_50(50),
    DISPOSITION_51(51),
    DISPOSITION_52(52),
    DISPOSITION_53(53),
    DISPOSITION_54(54),
    DISPOSITION_55(55),
    DISPOSITION_57(57),
    DISPOSITION_58(58),
    DISPOSITION_59(59),
    DISPOSITION_60(60),
    DISPOSITION_61(61),
    DISPOSITION_62(62),
    DISPOSITION_63(63),
    DISPOSITION_64(64),
    TASK_TRANSFERRED_ON_AGENT_LOGOUT(65);

    private static final int MAX_WIRE = 65;
    private static final CalledPartyDisposition[] BY_WIRE = new CalledPartyDisposition[MAX_WIRE + 1];

    static {
        for (CalledPartyDisposition value : values()) {
            BY_WIRE[value.wire] = value;
        }
    }

    private final int wire;

    CalledPartyDisposition(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the guide's table defines one. */
    public static Optional<CalledPartyDisposition> fromWire(int wire) {
        return wire >= 0 && wire <= MAX_WIRE ? Optional.ofNullable(BY_WIRE[wire]) : Optional.empty();
    }
}
