package org.ctios.connector.api;

import java.time.Instant;

/**
 * A snapshot of the CTI Server link, for health checks, metrics and operators.
 *
 * <p>The event counters reconcile (the README's "Operations" says so for operators):
 * <ul>
 *   <li>{@code eventsReceived - eventsIgnored + eventsGenerated = eventsDispatched}: the connector hands on every
 *       event it reads that means something to an application, and the events it makes itself (the link's status,
 *       and a resynchronisation's snapshot of every agent and call, read through requests rather than received);</li>
 *   <li>{@code eventsDelivered + deadLetters + eventsPending + eventsFiltered = deliveriesOffered}: each event
 *       dispatched is offered to every endpoint active then, which delivers it, gives up on it, still has it, or
 *       declines it by its activation properties; exact at rest, off by a delivery completing at the instant it is
 *       read. {@code deliveriesOffered = eventsDispatched x messageEndpoints} when every endpoint has been active
 *       since the first event (with two MDBs, twice as many deliveries as events).</li>
 * </ul>
 *
 * @param connected        a session with the CTI Server is open
 * @param side             the side of the duplex pair in use ("A" or "B"), or the last one used; null before any
 * @param connectedSince   when the current session opened, {@code null} while disconnected
 * @param lastHeartbeat    when the CTI Server last answered a heartbeat, {@code null} before the first
 * @param reconnects       sessions opened after the first one
 * @param peripheralOnline the agent peripheral is online, as far as the CTI Server last said
 * @param eventsReceived   event messages read from the CTI Server since the adapter started (not the answers to
 *                         requests, nor heartbeats)
 * @param eventsDelivered  deliveries that completed (committed), one per event and endpoint
 * @param deadLetters      deliveries given up on after every attempt failed, one per event and endpoint
 * @param resynchronising  a snapshot of the CTI Server's state is being read
 * @param lastError        why the link was last lost, or {@code null}
 * @param standby          the link waits for this server to be elected its holder: another server of the cluster
 *                         holds it, or none has been elected yet
 * @param eventsIgnored    event messages received that carry nothing for applications, so not handed on
 * @param eventsGenerated  events the connector made itself: the link going up and down, and each resynchronisation's
 *                         start, agents, calls and end
 * @param eventsDispatched events handed on for delivery, each counted once however many endpoints receive it
 * @param messageEndpoints message endpoints (MDBs) receiving the events now
 * @param eventsPending    deliveries not yet completed nor given up on, now: queued, in delivery, or held for the
 *                         first endpoint
 * @param eventsFiltered   events an endpoint's activation properties ({@code eventTypes}, {@code agentIds},
 *                         {@code skillGroups}) declined, one per event and endpoint: never queued nor delivered
 * @param deliveriesOffered events offered to endpoints, one per event and endpoint active when it was dispatched
 */
public record LinkStatus(boolean connected, String side, Instant connectedSince, Instant lastHeartbeat,
                         long reconnects, boolean peripheralOnline, long eventsReceived, long eventsDelivered,
                         long deadLetters, boolean resynchronising, String lastError,
                         boolean standby, long eventsIgnored, long eventsGenerated, long eventsDispatched,
                         int messageEndpoints, int eventsPending, long eventsFiltered,
                         long deliveriesOffered) {
}
