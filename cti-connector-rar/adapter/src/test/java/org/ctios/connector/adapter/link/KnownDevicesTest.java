package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.connector.adapter.testing.EveryEvent.AGENT;
import static org.ctios.connector.adapter.testing.EveryEvent.CALL;
import static org.ctios.connector.adapter.testing.EveryEvent.OTHER_CALL;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctios.connector.adapter.testing.EveryEvent;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/** The agents and calls the adapter asks about when it resynchronises, as the events go by. */
class KnownDevicesTest {

    private static final long UNRELATED_CALL = 11;
    private static final Set<Long> UNCHANGED = Set.of(CALL, OTHER_CALL, UNRELATED_CALL);
    private static final Set<Long> CALL_ENDED = Set.of(OTHER_CALL, UNRELATED_CALL);
    private static final Set<Long> OTHER_CALL_MERGED = Set.of(CALL, UNRELATED_CALL);
    private static final Set<Long> RENAMED = Set.of(OTHER_CALL, UNRELATED_CALL);

    /**
     * The calls believed active after each kind of event, when {@link EveryEvent#CALL}, {@link EveryEvent#OTHER_CALL}
     * and another were before it: a new kind of event fails the test until it is added here.
     */
    private static final Map<String, Set<Long>> ACTIVE_AFTER = Map.ofEntries(
            Map.entry("AgentStateChanged", UNCHANGED),
            Map.entry("AgentSnapshot", UNCHANGED),
            Map.entry("CallBegun", UNCHANGED),
            Map.entry("CallQueued", UNCHANGED),
            Map.entry("CallDelivered", UNCHANGED),
            Map.entry("CallOriginated", UNCHANGED),
            Map.entry("CallEstablished", UNCHANGED),
            Map.entry("CallHeld", UNCHANGED),
            Map.entry("CallRetrieved", UNCHANGED),
            Map.entry("ConnectionCleared", UNCHANGED),
            Map.entry("CallCleared", CALL_ENDED),
            Map.entry("CallEnded", CALL_ENDED),
            Map.entry("CallDataUpdated", RENAMED),
            Map.entry("CallTransferred", OTHER_CALL_MERGED),
            Map.entry("CallConferenced", OTHER_CALL_MERGED),
            Map.entry("CallFailed", UNCHANGED),
            Map.entry("CallDiverted", UNCHANGED),
            Map.entry("CallSnapshot", UNCHANGED),
            Map.entry("LinkStatusChanged", UNCHANGED),
            Map.entry("PeripheralStatusChanged", UNCHANGED),
            Map.entry("SnapshotStarted", UNCHANGED),
            Map.entry("SnapshotCompleted", UNCHANGED),
            Map.entry("UserMessageReceived", UNCHANGED),
            Map.entry("TeamConfigured", UNCHANGED),
            Map.entry("HelpRequested", UNCHANGED));

    private static KnownDevices withActiveCalls(long... callIds) {
        KnownDevices known = new KnownDevices();
        for (long callId : callIds) {
            known.callActive(callId);
        }
        return known;
    }

    @Test
    void everyKindOfEventLeavesTheCallsItEndsOrMergesAwayUnaskedAbout() {
        assertThat(ACTIVE_AFTER.keySet()).as("an expectation for every kind of event")
                .containsExactlyInAnyOrderElementsOf(EveryEvent.types().stream().map(Class::getSimpleName).toList());
        for (CtiEvent event : EveryEvent.samples()) {
            KnownDevices known = withActiveCalls(CALL, OTHER_CALL, UNRELATED_CALL);

            known.follow(event);

            String kind = event.getClass().getSimpleName();
            assertThat(known.activeCalls()).as(kind).isEqualTo(ACTIVE_AFTER.get(kind));
        }
    }

    @Test
    void aResynchronisationEndsOnlyTheCallsItAskedAboutAndDidNotFind() {
        KnownDevices known = new KnownDevices();
        known.callActive(1);
        known.callActive(2);
        known.callActive(3); // began while the resynchronisation ran: not asked about

        known.snapshotRead(Set.of(1L, 2L), Set.of(2L, 4L));

        assertThat(known.activeCalls()).as("1 ended; 3 is still to be asked about next time; 4 found")
                .containsExactly(2L, 3L, 4L);
    }

    @Test
    void aCallFirstHeardOfInAnEventBecomesActive() {
        KnownDevices known = new KnownDevices();

        known.follow(new CallHeld(new EventOrigin(1, 1, Instant.now()), CALL, "2001"));

        assertThat(known.activeCalls()).containsExactly(CALL);
    }

    @Test
    void aTransferOfACallNeverSeenBeforeMakesItActiveAndNotTheConsultationCall() {
        KnownDevices known = new KnownDevices();

        known.follow(new CallTransferred(new EventOrigin(1, 1, Instant.now()), CALL, OTHER_CALL, "2001", "2002",
                List.of("2002")));

        assertThat(known.activeCalls()).containsExactly(CALL);
    }

    @Test
    void agentEventsMakeTheirAgentKnownAndOnlyAgentEvents() {
        KnownDevices known = new KnownDevices();
        for (CtiEvent event : EveryEvent.samples()) {
            known.follow(event);
        }
        known.follow(new AgentStateChanged(new EventOrigin(1, 2, Instant.now()), 5000, null, null, null,
                AgentState.AVAILABLE, 0, List.of(), 0));

        assertThat(known.agentIds()).as("not the agents SnapshotCompleted lists (they were asked about already), "
                + "nor a nameless one").containsExactly(AGENT);
    }
}
