package org.ctios.server.api;

import org.ctios.connector.api.LinkStatus;

/** The CTI link as health checks, metrics and the system endpoints read it. */
public interface CtiLink {

    /** The link's state now: connected, resynchronising, side, heartbeats, counters. */
    LinkStatus linkStatus();
}
