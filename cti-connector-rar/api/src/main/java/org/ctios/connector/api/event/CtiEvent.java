package org.ctios.connector.api.event;

/**
 * An event of the CTI link, translated from the protocol into typed data. Agent events, call events and snapshot
 * items concerning one agent or one call reach a listener in the order the CTI Server sent them; events concerning
 * different agents or calls may be delivered in parallel. Link-wide events ({@link LinkStatusChanged},
 * {@link PeripheralStatusChanged}, {@link SnapshotStarted}, {@link SnapshotCompleted}) are delivered when every
 * event before them has been, and before any event after them.
 */
public sealed interface CtiEvent permits AgentEvent, CallEvent, LinkStatusChanged, PeripheralStatusChanged,
        SnapshotStarted, SnapshotCompleted {

    EventOrigin origin();
}
