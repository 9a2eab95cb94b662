package org.ctios.connector.api;

import java.time.Instant;

/**
 * A snapshot of the CTI Server link, for health checks, metrics and operators.
 *
 * @param connected        a session with the CTI Server is open
 * @param side             the side of the duplex pair in use ("A" or "B"), or the last one used; null before any
 * @param connectedSince   when the current session opened, {@code null} while disconnected
 * @param lastHeartbeat    when the CTI Server last answered a heartbeat, {@code null} before the first
 * @param reconnects       sessions opened after the first one
 * @param peripheralOnline the agent peripheral is online, as far as the CTI Server last said
 * @param eventsReceived   events read from the CTI Server since the adapter started
 * @param eventsDelivered  deliveries of events to message endpoints that completed
 * @param deadLetters      events given up on after their delivery failed every attempt
 * @param resynchronising  a snapshot of the CTI Server's state is being read
 * @param lastError        why the link was last lost, or {@code null}
 * @param standby          the link waits for this server to be elected its holder: another server of the cluster
 *                         holds it, or none has been elected yet
 */
public record LinkStatus(boolean connected, String side, Instant connectedSince, Instant lastHeartbeat,
                         long reconnects, boolean peripheralOnline, long eventsReceived, long eventsDelivered,
                         long deadLetters, boolean resynchronising, String lastError,
                         boolean standby) {
}
