package org.ctios.connector.adapter.link;

import java.time.Clock;
import java.time.Instant;
import org.ctios.connector.api.LinkStatus;

/** The link's observable state, written by the link's thread and read by any other. */
final class LinkStatusHolder {

    private final Clock clock;
    private boolean connected;
    private String side;
    private Instant connectedSince;
    private Instant lastHeartbeat;
    private long reconnects;
    private long sessionsOpened;
    private boolean peripheralOnline;
    private long eventsIn;

    LinkStatusHolder(Clock clock) {
        this.clock = clock;
    }

    synchronized void connected(String connectedSide, boolean online) {
        connected = true;
        side = connectedSide;
        connectedSince = clock.instant();
        peripheralOnline = online;
        if (sessionsOpened++ > 0) {
            reconnects++;
        }
    }

    synchronized void disconnected() {
        connected = false;
        connectedSince = null;
    }

    synchronized void heartbeatAnswered() {
        lastHeartbeat = clock.instant();
    }

    synchronized void eventReceived() {
        eventsIn++;
    }

    synchronized LinkStatus snapshot() {
        return new LinkStatus(connected, side, connectedSince, lastHeartbeat, reconnects, peripheralOnline, eventsIn);
    }
}
