package org.ctios.server.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.server.testing.EventStream;
import org.junit.jupiter.api.Test;

class CallTest {

    private final EventStream stream = new EventStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));

    private Call callFrom(CallEvent... events) {
        Call call = Call.firstSeenIn(events[0], "key-1");
        for (CallEvent event : events) {
            call.apply(event, Map.of());
        }
        return call;
    }

    @Test
    void anInboundCallGoesFromQueueToRingingToTalkingToHeldAndBack() {
        CallBegun begun = stream.begun(7, "0612345678", "7001");
        Call call = callFrom(begun, stream.queued(7, 1));
        assertThat(call.state()).isEqualTo(CallState.QUEUED);
        assertThat(call.skillGroupNumber()).isEqualTo(1);

        call.apply(stream.delivered(7, "2001", 1), Map.of());
        assertThat(call.state()).isEqualTo(CallState.ALERTING);
        assertThat(call.partyStates()).containsExactly(Map.entry("2001", LocalConnectionState.ALERTING));

        call.apply(stream.established(7, "2001"), Map.of());
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.milestones().answeredAt()).isNotNull();

        call.apply(stream.held(7, "2001"), Map.of());
        assertThat(call.state()).isEqualTo(CallState.HELD);
        call.apply(stream.retrieved(7, "2001"), Map.of());
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);

        call.apply(stream.cleared(7), Map.of());
        assertThat(call.state()).isEqualTo(CallState.CLEARED);
        assertThat(call.parties()).isEmpty();
        assertThat(call.involved()).containsExactly("7001", "2001");
        assertThat(call.data().ani()).isEqualTo("0612345678");
        assertThat(call.milestones().begunAt()).isEqualTo(begun.origin().receivedAt());
    }

    @Test
    void aReplayedOrStaleEventChangesNothing() {
        CallEvent established = stream.established(7, "2001");
        Call call = callFrom(stream.begun(7, "0612345678", "7001"), stream.delivered(7, "2001", 1), established);
        CallEvent held = stream.held(7, "2001");
        call.apply(held, Map.of());

        assertThat(call.apply(held, Map.of())).isFalse();
        assertThat(call.apply(established, Map.of())).isFalse();
        assertThat(call.state()).isEqualTo(CallState.HELD);
    }

    @Test
    void eachEventAddsItsPartOfTheDataAndKeepsTheRest() {
        Call call = callFrom(stream.begun(7, "0612345678", "7001"));
        call.apply(stream.dataUpdated(7, new CallData(null, null, null, "42", CallVariables.of("ACCT-1"),
                List.of(new NamedVariable("user.case", "C=1\nB")), List.of(new NamedArray(2, "user.items", "x")),
                "sold")), Map.of());

        assertThat(call.data().ani()).isEqualTo("0612345678");
        assertThat(call.data().callerEnteredDigits()).isEqualTo("42");
        assertThat(call.data().variables()).containsExactly(Map.entry("CallVariable1", "ACCT-1"));
        assertThat(call.data().ecc()).containsExactly(Map.entry("user.case", "C=1\nB"),
                Map.entry("user.items[2]", "x"));
        assertThat(call.data().wrapupData()).isEqualTo("sold");
        assertThat(call.data().copy().ecc()).isEqualTo(call.data().ecc());
    }

    @Test
    void aConsultationCallKnowsItIsOne() {
        Call consultation = callFrom(stream.consultationBegun(8, "2001"), stream.originated(8, "2001", "2002"));

        assertThat(consultation.isConsultation()).isTrue();
        assertThat(consultation.originatingDevice()).isEqualTo("2001");
        assertThat(consultation.state()).isEqualTo(CallState.INITIATED);
        consultation.apply(stream.established(8, "2002"), Map.of());
        assertThat(consultation.partyStates()).containsEntry("2002", LocalConnectionState.CONNECT);
    }

    @Test
    void aTransferLeavesTheJoinedPartiesInTheStatesTheyHadOnTheConsultation() {
        Call primary = callFrom(stream.begun(7, "0612345678", "7001"), stream.delivered(7, "2001", 1),
                stream.established(7, "2001"), stream.held(7, "2001"));

        primary.apply(stream.transferred(7, 8, "2001", "2002", List.of("2001", "2002")),
                Map.of("2002", LocalConnectionState.CONNECT));
        primary.apply(stream.connectionCleared(7, "2001"), Map.of());

        assertThat(primary.partyStates()).containsExactly(Map.entry("2002", LocalConnectionState.CONNECT));
    }

    @Test
    void aSupervisorBargingInIsMarkedSupervising() {
        Call call = callFrom(stream.begun(7, "0612345678", "7001"), stream.delivered(7, "2001", 1),
                stream.established(7, "2001"));

        call.apply(stream.conferenced(7, -1, "2001", "2009", List.of("2001", "2009"),
                EventCause.SUPERVISOR_BARGE_IN.wire()), Map.of());

        assertThat(call.parties()).contains(new CallConnection("2009", LocalConnectionState.CONNECT, true),
                new CallConnection("2001", LocalConnectionState.CONNECT, false));
    }

    @Test
    void aSnapshotReplacesThePartiesWithTheServersTruth() {
        Call call = callFrom(stream.begun(7, "0612345678", "7001"), stream.delivered(7, "2001", 1));

        call.apply(stream.callSnapshot(7, CallData.empty(), List.of(
                EventStream.party("2001", LocalConnectionState.CONNECT),
                EventStream.party("0612345678", LocalConnectionState.CONNECT),
                EventStream.party("7001", null))), Map.of());

        assertThat(call.partyStates()).containsOnly(Map.entry("2001", LocalConnectionState.CONNECT),
                Map.entry("0612345678", LocalConnectionState.CONNECT));
    }

    @Test
    void aCallFirstSeenInASnapshotIsMarkedAsBegunUnseen() {
        Call call = Call.firstSeenInSnapshot(stream.callSnapshot(9, CallData.empty(), List.of()), "key-9");

        assertThat(call.begunUnseen()).isTrue();
        assertThat(call.callKey()).isEqualTo("key-9");
    }
}
