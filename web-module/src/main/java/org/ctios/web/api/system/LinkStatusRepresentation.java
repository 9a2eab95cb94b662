package org.ctios.web.api.system;

import java.time.Instant;
import org.ctios.connector.api.LinkStatus;

/**
 * The CTI link as the REST API shows it.
 *
 * @param side  "A" or "B": the side of the CTI Server pair in use, or last used
 * @param since when the current session opened, null while disconnected
 */
public record LinkStatusRepresentation(boolean connected, String side, Instant since, Instant lastHeartbeat,
                                       long reconnects, boolean peripheralOnline, long eventsReceived,
                                       long eventsDelivered, long deadLetters, boolean resynchronising,
                                       String lastError) {

    static LinkStatusRepresentation of(LinkStatus status) {
        return new LinkStatusRepresentation(status.connected(), status.side(), status.connectedSince(),
                status.lastHeartbeat(), status.reconnects(), status.peripheralOnline(), status.eventsReceived(),
                status.eventsDelivered(), status.deadLetters(), status.resynchronising(), status.lastError());
    }
}
