package org.ctios.server.domain.call;

/**
 * The state of a device's connection to a call, in the domain's words. The constants are the CTI Server's local
 * connection states, one for one and by the same names, which is also how they are stored: the application maps the
 * protocol's to these by name.
 */
public enum ConnectionState {
    /** The CTI Server reports no state: the call exists, the connection's state is not known. */
    NONE,
    /** The connection is gone. */
    NULL,
    /** The device is dialling, or the far end rings. */
    INITIATE,
    /** The call rings at the device. */
    ALERTING,
    /** The device is talking on the call. */
    CONNECT,
    /** The device holds the call. */
    HOLD,
    /** The call waits in a queue at the device (a skill group's). */
    QUEUED,
    /** The call could not be completed at the device. */
    FAIL
}
