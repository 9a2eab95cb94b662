package org.ctios.connector.api.event;

/**
 * An event of the CTI link, translated from the protocol into typed data. Agent events, call events and snapshot
 * items concerning one agent or one call reach a listener in the order the CTI Server sent them; events concerning
 * different agents or calls may be delivered in parallel. Link-wide events ({@link LinkStatusChanged},
 * {@link PeripheralStatusChanged}, {@link SnapshotStarted}, {@link SnapshotCompleted}) are delivered when every
 * event before them has been, and before any event after them.
 *
 * <p>Each event answers for itself what it concerns ({@link #concerns()}), and every record implements that method:
 * the answer depends on the record's own fields (a transfer's consultation call, a call's new id), which a
 * {@code switch} over an enum of kinds could reach only through a cast (Java 17 has no pattern matching for
 * {@code switch}), and a method without a default makes the compiler refuse an event that does not answer. Whoever
 * adds an event says there what it concerns; the connector's ordering and its knowledge of the calls in progress
 * follow from it.
 */
public sealed interface CtiEvent permits AgentEvent, CallEvent, LinkStatusChanged, PeripheralStatusChanged,
        SnapshotStarted, SnapshotCompleted, UserMessageReceived, TeamConfigured, HelpRequested {

    EventOrigin origin();

    /** The agents and calls this event concerns, and what becomes of the calls, or the whole link. */
    Concerns concerns();

    /** Hands the event to the handler's method for its kind. */
    void handleWith(Handler handler);

    /**
     * What a listener does with each kind of event: one method per kind (the call events together, since a
     * listener applies them to their call alike), without defaults, so that a kind added does not compile until
     * every handler says what it does with it.
     */
    interface Handler {

        void agentStateChanged(AgentStateChanged event);

        void agentSnapshot(AgentSnapshot event);

        void call(CallEvent event);

        void linkStatusChanged(LinkStatusChanged event);

        void peripheralStatusChanged(PeripheralStatusChanged event);

        void snapshotStarted(SnapshotStarted event);

        void snapshotCompleted(SnapshotCompleted event);

        void userMessageReceived(UserMessageReceived event);

        void teamConfigured(TeamConfigured event);

        void helpRequested(HelpRequested event);
    }
}
