package org.ctios.protocol.types;

/**
 * OtherFeaturesSupported bits (UINT) of QUERY_DEVICE_INFO_CONF.
 */
public enum OtherFeatureMask {
    POST_ROUTE(0x1),
    UNIQUE_CONSULT_CALLID(0x2);

    private final long bit;

    OtherFeatureMask(long bit) {
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
    public static long mask(OtherFeatureMask... bits) {
        long mask = 0;
        for (OtherFeatureMask bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
