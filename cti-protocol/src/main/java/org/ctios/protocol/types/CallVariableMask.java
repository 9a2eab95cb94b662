package org.ctios.protocol.types;

/**
 * CallVariableMask (USHORT) bits: CallVariable n is bit n-1.
 */
public enum CallVariableMask {
    CALL_VARIABLE_1(0x1),
    CALL_VARIABLE_2(0x2),
    CALL_VARIABLE_3(0x4),
    CALL_VARIABLE_4(0x8),
    CALL_VARIABLE_5(0x10),
    CALL_VARIABLE_6(0x20),
    CALL_VARIABLE_7(0x40),
    CALL_VARIABLE_8(0x80),
    CALL_VARIABLE_9(0x100),
    CALL_VARIABLE_10(0x200);

    private final long bit;

    CallVariableMask(long bit) {
        this.bit = bit;
    }

    /** This constant's bit in the mask (USHORT). */
    public long bit() {
        return bit;
    }

    /** True when the mask has this bit. */
    public boolean in(long mask) {
        return (mask & bit) != 0;
    }

    /** The mask of the given bits. */
    public static long mask(CallVariableMask... bits) {
        long mask = 0;
        for (CallVariableMask bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
