package org.ctios.connector.api;

import java.time.Instant;

/**
 * A snapshot of the CTI Server link, for health checks and operators.
 *
 * @param connected        a session with the CTI Server is open
 * @param side             the side of the duplex pair the link uses ("A" or "B"), or the last one used
 * @param connectedSince   when the current session opened, {@code null} while disconnected
 * @param lastHeartbeat    when the CTI Server last answered a heartbeat, {@code null} before the first
 * @param reconnects       sessions opened after the first one
 * @param peripheralOnline the agent peripheral is online as far as the CTI Server last said
 * @param eventsReceived   events received since the adapter started
 */
public record LinkStatus(boolean connected, String side, Instant connectedSince, Instant lastHeartbeat,
                         long reconnects, boolean peripheralOnline, long eventsReceived) {
}
