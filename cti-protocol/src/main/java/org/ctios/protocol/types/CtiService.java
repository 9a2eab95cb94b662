package org.ctios.protocol.types;

/**
 * The CTI service mask bits (ServicesRequested of OPEN_REQ, ServicesGranted of OPEN_CONF). Agent mode is
 * {@link #CLIENT_EVENTS} (one agent's events); monitor mode is {@link #ALL_EVENTS} (every agent and call).
 */
public enum CtiService {
    CLIENT_EVENTS(0x1),
    CALL_DATA_UPDATE(0x2),
    CLIENT_CONTROL(0x4),
    CONNECTION_MONITOR(0x8),
    ALL_EVENTS(0x10),
    PERIPHERAL_MONITOR(0x20),
    CLIENT_MONITOR(0x40),
    SUPERVISOR(0x80),
    SERVER(0x100),
    AGENT_REPORTING(0x400),
    ALL_TASK_EVENTS(0x800),
    TASK_MONITOR(0x1000),
    AGENT_STATE_CONTROL_ONLY(0x2000),
    DEVICE_STATE_CONTROL(0x8000),
    UPDATE_EVENTS(0x80000),
    IGNORE_DUPLICATE_AGENT_EVENTS(0x100000),
    IGNORE_CONF(0x200000),
    ACD_LINE_ONLY(0x400000),
    ACTIVE_STANDBY(0x2000000),
    DEBUG(0x80000000L);

    private final long bit;

    CtiService(long bit) {
        this.bit = bit;
    }

    public long bit() {
        return bit;
    }

    /** True when the mask has this service's bit. */
    public boolean in(long mask) {
        return (mask & bit) != 0;
    }

    /** The mask of the given services. */
    public static long mask(CtiService... services) {
        long mask = 0;
        for (CtiService service : services) {
            mask |= service.bit;
        }
        return mask;
    }
}
