package org.ctios.protocol;

/**
 * The CTI Server protocol versions whose layouts this codec knows. Version 24 (UCCE 12.6) is the one spoken;
 * version 20 is decoded only where its layout differs and reference data exists for it.
 *
 * <p>Decision (the fact sheet could not tell): OPEN_CONF carries the SessionType field from version 24 on; the
 * guide's change list adds it with the active/standby feature of version 24, and versions 21 to 23 were not seen.
 */
public enum ProtocolVersion {
    V20(20),
    V24(24);

    private final int number;

    ProtocolVersion(int number) {
        this.number = number;
    }

    /** The VersionNumber sent in OPEN_REQ. */
    public int number() {
        return number;
    }

    /** True when OPEN_CONF has the SessionType field at the end of its fixed part. */
    public boolean hasOpenConfSessionType() {
        return number >= 24;
    }
}
