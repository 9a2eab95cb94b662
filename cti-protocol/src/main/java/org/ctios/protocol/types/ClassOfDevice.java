package org.ctios.protocol.types;

/**
 * ClassOfDevice bits (USHORT) of QUERY_DEVICE_INFO_CONF.
 */
public enum ClassOfDevice {
    OTHER(0x10),
    IMAGE(0x20),
    DATA(0x40),
    VOICE(0x80);

    private final long bit;

    ClassOfDevice(long bit) {
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
    public static long mask(ClassOfDevice... bits) {
        long mask = 0;
        for (ClassOfDevice bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
