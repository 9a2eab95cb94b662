package org.ctios.web.api.system;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.ctios.connector.api.LinkStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether the CTI link is up, for every desktop's "link down" banner: the part of {@link LinkStatusRepresentation}
 * without the counters and the last error, which are for operators.
 *
 * @param side             "A" or "B": the side of the CTI Server pair in use, or last used
 * @param peripheralOnline whether the CTI Server reports the peripheral (the ACD) online
 * @param resynchronising  true while the server re-reads the agents and calls after a (re)connection
 * @param since            when the current session opened, null while disconnected
 */
@JsonbNillable   // "since": null says "disconnected" as plainly as "connected": false
@Schema(description = "Whether the CTI link is up, which side, since when",
        example = "{\"connected\": true, \"side\": \"A\", \"peripheralOnline\": true, \"resynchronising\": false, "
                + "\"since\": \"2026-11-28T08:00:00Z\"}")
public record LinkStateRepresentation(boolean connected, String side, boolean peripheralOnline,
                                      boolean resynchronising, Instant since) {

    static LinkStateRepresentation of(LinkStatus status) {
        return new LinkStateRepresentation(status.connected(), status.side(), status.peripheralOnline(),
                status.resynchronising(), status.connectedSince());
    }
}
