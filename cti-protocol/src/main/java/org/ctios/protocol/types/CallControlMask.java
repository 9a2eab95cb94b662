package org.ctios.protocol.types;

/**
 * CallControlSupported bits (UINT) of QUERY_DEVICE_INFO_CONF: the control requests a device supports.
 */
public enum CallControlMask {
    QUERY_AGENT_STATE(0x1),
    SET_AGENT_STATE(0x2),
    ALTERNATE(0x4),
    ANSWER(0x8),
    CLEAR_CALL(0x10),
    CLEAR_CONNECTION(0x20),
    CONFERENCE(0x40),
    CONSULTATION(0x80),
    DEFLECT(0x100),
    HOLD(0x200),
    MAKE_CALL(0x400),
    MAKE_PREDICTIVE(0x800),
    RECONNECT(0x1000),
    RETRIEVE(0x2000),
    TRANSFER(0x4000),
    QUERY_DEVICE_INFO(0x8000),
    SNAPSHOT_CALL(0x10000),
    SNAPSHOT_DEVICE(0x20000),
    SEND_DTMF_SIGNAL(0x40000);

    private final long bit;

    CallControlMask(long bit) {
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
    public static long mask(CallControlMask... bits) {
        long mask = 0;
        for (CallControlMask bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
