package org.ctios.simulator.acd;

/** What kind of device a connection is on. */
public enum DeviceKind {
    /** An agent's phone (its extension). */
    AGENT,
    /** A phone outside the ACD: the customer, or a number an agent dialled. */
    EXTERNAL,
    /** A skill group's queue. */
    QUEUE
}
