package org.ctios.simulator.acd;

/** The state of one device's connection to a call, as the switch sees it. */
public enum ConnectionState {
    /** The device is dialling out. */
    INITIATED,
    /** The device is ringing. */
    ALERTING,
    CONNECTED,
    HELD,
    /** The call waits in a skill group's queue. */
    QUEUED
}
