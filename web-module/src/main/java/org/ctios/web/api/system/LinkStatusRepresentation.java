package org.ctios.web.api.system;

import java.time.Instant;
import org.ctios.connector.api.LinkStatus;

/**
 * The CTI link as the REST API shows it.
 *
 * @param side  "A" or "B": the side of the CTI Server pair in use, or last used
 * @param since   when the current session opened, null while disconnected
 * @param standby this server does not hold the link: another server of its cluster does (a standby server forwards
 *                this request to it, so only an answer during a change of holder says true)
 * @param heldBy  in a cluster, the URL of the server that holds the link; null outside a cluster
 */
public record LinkStatusRepresentation(boolean connected, String side, Instant since, Instant lastHeartbeat,
                                       long reconnects, boolean peripheralOnline, long eventsReceived,
                                       long eventsDelivered, long deadLetters, boolean resynchronising,
                                       String lastError, boolean standby, String heldBy) {

    static LinkStatusRepresentation of(LinkStatus status, String heldBy) {
        return new LinkStatusRepresentation(status.connected(), status.side(), status.connectedSince(),
                status.lastHeartbeat(), status.reconnects(), status.peripheralOnline(), status.eventsReceived(),
                status.eventsDelivered(), status.deadLetters(), status.resynchronising(), status.lastError(), status.standby(), heldBy);
    }
}
