package org.ctios.web.api.system;

import java.time.Instant;
import java.util.List;
import org.ctios.connector.api.LinkStatus;
import org.ctios.web.settings.UnknownSetting;

/**
 * The CTI link as the REST API shows it to operators ({@code GET /system}), with the server's warnings.
 *
 * @param side  "A" or "B": the side of the CTI Server pair in use, or last used
 * @param since   when the current session opened, null while disconnected
 * @param standby this server does not hold the link: another server of its cluster does (a standby server forwards
 *                this request to it, so only an answer during a change of holder says true)
 * @param lastError    why the link was last lost, naming the CTI Server's host and port: for signed-in operators only
 * @param heldBy       in a cluster, the URL of the server that holds the link; null outside a cluster
 * @param demoAccounts whether the demo accounts, whose passwords are public, are on
 * @param warnings     what the server warns about how it runs (as {@code GET /system/warnings})
 * @param eventsReceived   event messages read from the CTI Server; the event counters reconcile as
 *                         {@link LinkStatus} says (the README's "Operations" too)
 * @param eventsIgnored    of those, the ones that carry nothing for the application
 * @param eventsGenerated  events the connector made itself: the link's status, each resynchronisation's snapshots
 * @param eventsDispatched events handed on for delivery: received - ignored + generated
 * @param messageEndpoints the message endpoints (MDBs) that receive each event
 * @param eventsDelivered  deliveries completed, one per event and endpoint
 * @param deadLetters      deliveries given up on, one per event and endpoint
 * @param eventsPending    deliveries neither completed nor given up on, now
 * @param eventsFiltered   deliveries an MDB's activation properties declined, one per event and endpoint
 * @param deliveriesOffered events offered to MDBs, one per event and MDB active when it was dispatched
 * @param unknownSettings the {@code ctios.*} names set for this server that no part of CTI OS reads, each with the
 *                        declared setting it most resembles (a likely misspelling), as the start found them
 */
public record LinkStatusRepresentation(boolean connected, String side, Instant since, Instant lastHeartbeat,
                                       long reconnects, boolean peripheralOnline, long eventsReceived,
                                       long eventsDelivered, long deadLetters, boolean resynchronising,
                                       String lastError, boolean standby, String heldBy, boolean demoAccounts,
                                       List<ServerWarning> warnings, long eventsIgnored, long eventsGenerated,
                                       long eventsDispatched, int messageEndpoints, int eventsPending,
                                       long eventsFiltered, long deliveriesOffered,
                                       List<UnknownSetting> unknownSettings) {

    public LinkStatusRepresentation {
        warnings = List.copyOf(warnings);
        unknownSettings = List.copyOf(unknownSettings);
    }

    static LinkStatusRepresentation of(LinkStatus status, String heldBy, ServerWarnings serverWarnings,
                                       List<UnknownSetting> unknownSettings) {
        return new LinkStatusRepresentation(status.connected(), status.side(), status.connectedSince(),
                status.lastHeartbeat(), status.reconnects(), status.peripheralOnline(), status.eventsReceived(),
                status.eventsDelivered(), status.deadLetters(), status.resynchronising(), status.lastError(),
                status.standby(), heldBy, serverWarnings.demoAccounts(), serverWarnings.current(),
                status.eventsIgnored(), status.eventsGenerated(), status.eventsDispatched(), status.messageEndpoints(),
                status.eventsPending(), status.eventsFiltered(),
                status.deliveriesOffered(), unknownSettings);
    }
}
