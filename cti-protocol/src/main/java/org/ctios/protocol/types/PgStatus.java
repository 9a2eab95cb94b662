package org.ctios.protocol.types;

/**
 * PGStatus (UINT mask) of OPEN_CONF and SYSTEM_EVENT: which parts of the peripheral gateway are down; 0 means all
 * is well.
 */
public enum PgStatus {
    OPC_DOWN(0x1),
    CC_DOWN(0x2),
    PERIPHERAL_OFFLINE(0x4),
    CTI_SERVER_OFFLINE(0x8),
    LIMITED_FUNCTION(0x10);

    private final long bit;

    PgStatus(long bit) {
        this.bit = bit;
    }

    /** This constant's bit in the mask (UINT). */
    public long bit() {
        return bit;
    }

    /** True when the mask has this bit. */
    public boolean in(long mask) {
        return (mask & bit) != 0;
    }

    /** The mask of the given bits. */
    public static long mask(PgStatus... bits) {
        long mask = 0;
        for (PgStatus bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
