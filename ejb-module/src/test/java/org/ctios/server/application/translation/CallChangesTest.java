package org.ctios.server.application.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.server.domain.call.CallChange;
import org.ctios.server.domain.call.CallDataReport;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;
import org.ctios.server.testing.EventStream;
import org.junit.jupiter.api.Test;

/** The connector's call events as the changes the domain applies to its calls. */
class CallChangesTest {

    /** The agents' phones in these tests; 7001 is a queue, 06… a customer. */
    private static final Predicate<String> AGENT_PHONES = device -> device.startsWith("20");

    private final EventStream stream = new EventStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));

    /** An event of one of the connector's kinds, and the kind of change it must become. */
    private record Sample(CallEvent event, Class<? extends CallChange> becomes) {
    }

    private List<Sample> oneOfEachKind() {
        return List.of(
                new Sample(stream.begun(7, "0612345678", "7001"), CallChange.Begun.class),
                new Sample(stream.queued(7, 1), CallChange.Queued.class),
                new Sample(stream.delivered(7, "2001", 1), CallChange.Delivered.class),
                new Sample(stream.originated(8, "2001", "2002"), CallChange.Originated.class),
                new Sample(stream.established(7, "2001"), CallChange.Established.class),
                new Sample(stream.held(7, "2001"), CallChange.Held.class),
                new Sample(stream.retrieved(7, "2001"), CallChange.Retrieved.class),
                new Sample(stream.connectionCleared(7, "2001"), CallChange.PartyLeft.class),
                new Sample(stream.cleared(7), CallChange.Cleared.class),
                new Sample(stream.ended(7), CallChange.Ended.class),
                new Sample(stream.dataUpdated(7, EventStream.data(null, null, "ACCT-1")), CallChange.DataUpdated.class),
                new Sample(stream.transferred(7, 8, "2001", "2002", List.of("2001", "2002")),
                        CallChange.Transferred.class),
                new Sample(stream.conferenced(7, 8, "2001", "2002", List.of("2001", "2002"), 0),
                        CallChange.Conferenced.class),
                new Sample(new CallFailed(stream.next(), 7, "2002", "2002", 0), CallChange.PartyLeft.class),
                new Sample(new CallDiverted(stream.next(), 7, "2002", "2003"), CallChange.PartyLeft.class),
                new Sample(stream.callSnapshot(7, CallData.empty(), List.of()), CallChange.Snapshot.class));
    }

    @Test
    void everyKindOfCallEventTheConnectorDeliversBecomesAChangeOfTheCall() {
        List<Sample> samples = oneOfEachKind();
        Set<Class<?>> sampled = samples.stream().map(sample -> sample.event().getClass()).collect(Collectors.toSet());

        assertThat(sampled).as("one sample of each kind of the connector's call events")
                .isEqualTo(Set.of(CallEvent.class.getPermittedSubclasses()));
        for (Sample sample : samples) {
            CallEvent event = sample.event();
            CallChange change = CallChanges.of(event, AGENT_PHONES, Map.of());
            assertThat(change).as(event.getClass().getSimpleName()).isInstanceOf(sample.becomes());
            assertThat(change.occurrence()).isEqualTo(occurrenceOf(event));
        }
    }

    @Test
    void theDevicesAndSkillGroupsOfAnEventAreThoseOfItsChange() {
        CallEvent delivered = stream.delivered(7, "2001", 1);
        CallEvent queued = stream.queued(7, 1);
        CallEvent established = stream.established(7, "2001");
        CallEvent failed = new CallFailed(stream.next(), 7, "2002", "2002", 0);
        CallEvent diverted = new CallDiverted(stream.next(), 7, "2002", "2003");

        assertThat(CallChanges.of(delivered, AGENT_PHONES, Map.of())).isEqualTo(
                new CallChange.Delivered(occurrenceOf(delivered), "2001", 1L, CallDataReport.nothing()));
        assertThat(CallChanges.of(queued, AGENT_PHONES, Map.of()))
                .isEqualTo(new CallChange.Queued(occurrenceOf(queued), "7001", List.of(1L)));
        assertThat(CallChanges.of(established, AGENT_PHONES, Map.of()))
                .isEqualTo(new CallChange.Established(occurrenceOf(established), "2001", "0612345678"));
        assertThat(CallChanges.of(failed, AGENT_PHONES, Map.of()))
                .isEqualTo(new CallChange.PartyLeft(occurrenceOf(failed), "2002"));
        assertThat(CallChanges.of(diverted, AGENT_PHONES, Map.of()))
                .isEqualTo(new CallChange.PartyLeft(occurrenceOf(diverted), "2002"));
    }

    private static Occurrence occurrenceOf(CallEvent event) {
        return new Occurrence(EventStamp.of(event.origin().epoch(), event.origin().sequence()),
                event.origin().receivedAt());
    }

    @Test
    void theCallDataAnEventReportsIsWhatItsChangeReports() {
        CallData data = new CallData("0612345678", "7001", "7002", "42", CallVariables.of("a", null, "c"),
                List.of(new NamedVariable("user.case", "C-1")), List.of(new NamedArray(2, "user.items", "x")), "sold");

        CallChange change = CallChanges.of(stream.dataUpdated(7, data), AGENT_PHONES, Map.of());

        assertThat(((CallChange.DataUpdated) change).data()).isEqualTo(new CallDataReport("0612345678", "7001",
                "7002", "42", Map.of(1, "a", 3, "c"), Map.of("user.case", "C-1", "user.items[2]", "x"), "sold"));
    }

    @Test
    void aCallWithARouterCallKeyOfZerosWasNotRouted() {
        CallChange.Begun unrouted = (CallChange.Begun) CallChanges.of(
                new CallBegun(stream.next(), 7, 1, "trunk", CallData.empty(), 0, 0), AGENT_PHONES, Map.of());
        CallChange.Begun routed = (CallChange.Begun) CallChanges.of(
                new CallBegun(stream.next(), 7, 1, "trunk", CallData.empty(), 150_000, 42), AGENT_PHONES, Map.of());

        assertThat(unrouted.routerCallKey()).isNull();
        assertThat(routed.routerCallKey().day()).isEqualTo(150_000);
        assertThat(routed.routerCallKey().callId()).isEqualTo(42);
        assertThat(routed.callType()).isEqualTo(1);
        assertThat(routed.device()).isEqualTo("trunk");
    }

    @Test
    void aBargeInNamesTheSupervisorAndAConsultationsConferenceNoOne() {
        CallChange.Conferenced bargeIn = (CallChange.Conferenced) CallChanges.of(stream.conferenced(7, -1, "2001",
                "2009", List.of("2001", "2009"), EventCause.SUPERVISOR_BARGE_IN.wire()), AGENT_PHONES, Map.of());
        CallChange.Conferenced conference = (CallChange.Conferenced) CallChanges.of(stream.conferenced(7, 8, "2001",
                "2002", List.of("2001", "2002"), 0), AGENT_PHONES, Map.of());

        assertThat(bargeIn.bargingSupervisor()).isEqualTo("2009");
        assertThat(bargeIn.controllerDevice()).isEqualTo("2001");
        assertThat(conference.bargingSupervisor()).isNull();
    }

    @Test
    void transfersAndConferencesKeepTheAgentsPhonesAndHandOnTheJoiningStates() {
        Map<String, ConnectionState> joining = Map.of("2002", ConnectionState.ALERTING);

        CallChange transferred = CallChanges.of(stream.transferred(7, 8, "2001", "2002",
                List.of("0612345678", "2001", "2002")), AGENT_PHONES, joining);
        CallChange conferenced = CallChanges.of(stream.conferenced(7, 8, "2001", "2002",
                List.of("0612345678", "2001", "2002"), 0), AGENT_PHONES, joining);

        assertThat(transferred).isEqualTo(new CallChange.Transferred(transferred.occurrence(),
                List.of("2001", "2002"), joining));
        assertThat(conferenced).isEqualTo(new CallChange.Conferenced(conferenced.occurrence(),
                List.of("2001", "2002"), "2001", joining, null));
    }

    @Test
    void aSnapshotKeepsTheQueuesAndTheAgentsPhonesInTheirOrderWithTheirStates() {
        CallChange change = CallChanges.of(stream.callSnapshot(7, EventStream.data("0612345678", "7001", null),
                List.of(EventStream.party("0612345678", LocalConnectionState.CONNECT),
                        EventStream.party("2002", null),
                        EventStream.party("7001", LocalConnectionState.QUEUED),
                        EventStream.party("2001", LocalConnectionState.HOLD))), AGENT_PHONES, Map.of());

        CallChange.Snapshot snapshot = (CallChange.Snapshot) change;
        assertThat(snapshot.parties()).containsExactly(new CallChange.Snapshot.Party("2002", null),
                new CallChange.Snapshot.Party("7001", ConnectionState.QUEUED),
                new CallChange.Snapshot.Party("2001", ConnectionState.HOLD));
        assertThat(snapshot.data().ani()).isEqualTo("0612345678");
    }
}
