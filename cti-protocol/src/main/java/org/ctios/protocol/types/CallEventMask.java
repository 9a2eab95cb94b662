package org.ctios.protocol.types;

/**
 * CallMsgMask bits (UINT) of OPEN_REQ: which call events a session receives. CALL_TERMINATION (0x4000000) is
 * reserved by the guide.
 */
public enum CallEventMask {
    DELIVERED(0x1),
    QUEUED(0x2),
    ESTABLISHED(0x4),
    HELD(0x8),
    RETRIEVED(0x10),
    CLEARED(0x20),
    CONNECTION_CLEARED(0x40),
    ORIGINATED(0x80),
    CONFERENCED(0x100),
    TRANSFERRED(0x200),
    DIVERTED(0x400),
    SERVICE_INITIATED(0x800),
    TRANSLATION_ROUTE(0x1000),
    BEGIN_CALL(0x2000),
    END_CALL(0x4000),
    CALL_DATA_UPDATE(0x8000),
    FAILED(0x10000),
    REACHED_NETWORK(0x20000),
    DEQUEUED(0x40000),
    AGENT_PRE_CALL(0x80000),
    AGENT_PRE_CALL_ABORT(0x100000),
    RTP_STARTED(0x200000),
    RTP_STOPPED(0x400000),
    AGENT_TEAM_CONFIG(0x800000),
    AGENT_LEGACY_PRE_CALL(0x1000000),
    CALL_ATTRIBUTE_CHANGE(0x2000000),
    CALL_TERMINATION(0x4000000),
    CALL_AGENT_GREETING(0x8000000),
    NETWORK_RECORDING_STARTED(0x10000000),
    NETWORK_RECORDING_ENDED(0x20000000),
    NETWORK_RECORDING_FAILED(0x40000000),
    NETWORK_RECORDING_TARGET_INFO(0x80000000L);

    private final long bit;

    CallEventMask(long bit) {
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
    public static long mask(CallEventMask... bits) {
        long mask = 0;
        for (CallEventMask bit : bits) {
            mask |= bit.bit;
        }
        return mask;
    }
}
