package org.ctios.protocol.types;

/**
 * TransferConferenceSetup bits (UINT) of QUERY_DEVICE_INFO_CONF: how a device sets up transfers and conferences.
 */
public enum TransferConferenceSetupMask {
    CONF_SETUP_CONSULT_SPECIFIC(0x1),
    CONF_SETUP_CONSULT_ANY(0x2),
    CONF_SETUP_CONN_HELD(0x4),
    CONF_SETUP_ANY_TWO_CALLS(0x8),
    CONF_SETUP_SINGLE_ACD_CALL(0x10),
    TRANS_SETUP_SINGLE_ACD_CALL(0x20),
    CONF_SETUP_ANY_SINGLE_CALL(0x40),
    TRANS_SETUP_ANY_SINGLE_CALL(0x80);

    private final long bit;

    TransferConferenceSetupMask(long bit) {
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
    public static long mask(TransferConferenceSetupMask... bits) {
        long mask = 0;
        for (TransferConferenceSetupMask bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
