package org.ctios.server.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ctios.server.testing.ChangeStream;
import org.junit.jupiter.api.Test;

class CallTest {

    private final ChangeStream stream = new ChangeStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));

    private static Call callFrom(CallChange... changes) {
        Call call = Call.firstSeenIn(7, changes[0], "key-1");
        for (CallChange change : changes) {
            call.apply(change);
        }
        return call;
    }

    @Test
    void anInboundCallGoesFromQueueToRingingToTalkingToHeldAndBack() {
        CallChange.Begun begun = stream.begun("0612345678", "7001");
        Call call = callFrom(begun, stream.queued(1));
        assertThat(call.state()).isEqualTo(CallState.QUEUED);
        assertThat(call.skillGroupNumber()).isEqualTo(1);

        call.apply(stream.delivered("2001", 1));
        assertThat(call.state()).isEqualTo(CallState.ALERTING);
        assertThat(call.partyStates()).as("the queue is left").containsExactly(
                Map.entry("2001", ConnectionState.ALERTING));

        call.apply(stream.established("2001"));
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.milestones().answeredAt()).isNotNull();

        call.apply(stream.held("2001"));
        assertThat(call.state()).isEqualTo(CallState.HELD);
        call.apply(stream.retrieved("2001"));
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);

        call.apply(stream.cleared());
        assertThat(call.state()).isEqualTo(CallState.CLEARED);
        assertThat(call.parties()).isEmpty();
        assertThat(call.involved()).containsExactly("7001", "2001");
        assertThat(call.data().ani()).isEqualTo("0612345678");
        assertThat(call.milestones().begunAt()).isEqualTo(begun.occurrence().at());
        assertThat(call.callType()).isEqualTo(ChangeStream.CALL_TYPE);
        assertThat(call.routerCallKey()).as("not routed").isNull();
    }

    @Test
    void aReplayedOrStaleChangeChangesNothing() {
        CallChange established = stream.established("2001");
        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1), established);
        CallChange held = stream.held("2001");
        call.apply(held);

        assertThat(call.apply(held)).isFalse();
        assertThat(call.apply(established)).isFalse();
        assertThat(call.state()).isEqualTo(CallState.HELD);
        assertThat(call.stamp()).isEqualTo(held.occurrence().stamp());
    }

    @Test
    void eachChangeAddsItsPartOfTheDataAndKeepsTheRest() {
        Call call = callFrom(stream.begun("0612345678", "7001"));
        call.apply(stream.dataUpdated(new CallDataReport(null, null, null, "42", Map.of(1, "ACCT-1"),
                Map.of("user.case", "C=1\nB", CallDataReport.arrayElement("user.items", 2), "x"), "sold")));
        call.apply(stream.dataUpdated(new CallDataReport(null, null, null, null, Map.of(3, "VIP"),
                Map.of("user.case", "C=2"), null)));

        assertThat(call.data().ani()).isEqualTo("0612345678");
        assertThat(call.data().callerEnteredDigits()).isEqualTo("42");
        assertThat(call.data().variables()).containsExactly(Map.entry("CallVariable1", "ACCT-1"),
                Map.entry("CallVariable3", "VIP"));
        assertThat(call.data().ecc()).containsExactly(Map.entry("user.case", "C=2"),
                Map.entry("user.items[2]", "x"));
        assertThat(call.data().wrapupData()).isEqualTo("sold");
        assertThat(call.data().copy().ecc()).isEqualTo(call.data().ecc());
    }

    @Test
    void aCallADeviceStartsIsDiallingThereUntilTheFarEndAnswersThenBothTalk() {
        Call dialled = callFrom(new CallChange.Begun(stream.next(), ChangeStream.CALL_TYPE, "2001",
                CallDataReport.nothing(), null),
                stream.originated("2001"));

        assertThat(dialled.originatingDevice()).isEqualTo("2001");
        assertThat(dialled.state()).isEqualTo(CallState.INITIATED);
        dialled.apply(stream.established("2002", "2001"));
        assertThat(dialled.partyStates()).containsOnly(Map.entry("2001", ConnectionState.CONNECT),
                Map.entry("2002", ConnectionState.CONNECT));
    }

    @Test
    void aRoutedCallKeepsItsRouterCallKey() {
        Call call = callFrom(new CallChange.Begun(stream.next(), ChangeStream.CALL_TYPE, "trunk",
                CallDataReport.nothing(), new RouterCallKey(150_000, 42)));

        assertThat(call.routerCallKey().day()).isEqualTo(150_000);
        assertThat(call.routerCallKey().callId()).isEqualTo(42);
    }

    @Test
    void aPartyThatLeftIsNoLongerOnTheCallWhichGoesOnWithTheOthers() {
        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"), stream.conferenced("2001", List.of("2001", "2002"), Map.of(), null));

        call.apply(stream.partyLeft("2001"));

        assertThat(call.partyStates()).containsExactly(Map.entry("2002", ConnectionState.CONNECT));
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.involved()).containsExactly("2001", "2002");
    }

    @Test
    void aTransferLeavesTheJoinedPartiesInTheStatesTheyHadOnTheConsultation() {
        Call primary = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"), stream.held("2001"));

        // Completed while the consultation still rang at 2002: the customer now rings there.
        primary.apply(stream.transferred(List.of("2001", "2002"), Map.of("2002", ConnectionState.ALERTING)));
        primary.apply(stream.partyLeft("2001"));

        assertThat(primary.partyStates()).containsExactly(Map.entry("2002", ConnectionState.ALERTING));
    }

    @Test
    void aConferenceConnectsItsControllerAndTakesTheJoinersStatesFromTheConsultation() {
        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"), stream.held("2001"));

        call.apply(stream.conferenced("2001", List.of("2001", "2002", "2003"),
                Map.of("2002", ConnectionState.HOLD), null));

        assertThat(call.parties()).as("a joiner the consultation did not have is talking")
                .containsExactlyInAnyOrder(new CallConnection("2001", ConnectionState.CONNECT, false),
                        new CallConnection("2002", ConnectionState.HOLD, false),
                        new CallConnection("2003", ConnectionState.CONNECT, false));
    }

    @Test
    void theFirstConferenceNamesItsControllerAndABargeInNamesNone() {
        Call barged = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"));
        barged.apply(stream.conferenced("2001", List.of("2001", "2009"), Map.of(), "2009"));
        assertThat(barged.conferenceController()).as("a supervisor's barge-in is no agent conference").isNull();

        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"), stream.held("2001"));
        assertThat(call.conferenceController()).isNull();
        call.apply(stream.conferenced("2001", List.of("2001", "2002"), Map.of(), null));
        call.apply(stream.conferenced("2002", List.of("2001", "2002", "2003"), Map.of(), null));
        assertThat(call.conferenceController()).as("the first conference's controller keeps it").isEqualTo("2001");
    }

    @Test
    void recordingIsMarkedOnceForEachConfirmedStartAndStop() {
        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"));

        assertThat(call.isRecording()).isFalse();
        assertThat(call.recording(true)).isTrue();
        assertThat(call.recording(true)).as("already recorded: nothing changes").isFalse();
        assertThat(call.isRecording()).isTrue();
        assertThat(call.recording(false)).isTrue();
        assertThat(call.isRecording()).isFalse();
    }

    @Test
    void aSupervisorBargingInIsMarkedSupervisingAndStaysSoOnHold() {
        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"));

        call.apply(stream.conferenced("2001", List.of("2001", "2009"), Map.of(), "2009"));
        assertThat(call.parties()).containsExactlyInAnyOrder(
                new CallConnection("2009", ConnectionState.CONNECT, true),
                new CallConnection("2001", ConnectionState.CONNECT, false));

        call.apply(stream.held("2009"));
        assertThat(call.parties()).contains(new CallConnection("2009", ConnectionState.HOLD, true));
    }

    @Test
    void aSnapshotReplacesThePartiesWithTheServersTruthAndKeepsWhoSupervises() {
        Call call = callFrom(stream.begun("0612345678", "7001"), stream.delivered("2001", 1),
                stream.established("2001"), stream.conferenced("2001", List.of("2001", "2009"), Map.of(), "2009"));

        call.apply(stream.snapshot(ChangeStream.data(null, null),
                ChangeStream.party("2001", ConnectionState.HOLD),
                ChangeStream.party("2009", ConnectionState.CONNECT),
                ChangeStream.party("2002", ConnectionState.NULL),
                ChangeStream.party("7001", null)));

        assertThat(call.parties()).as("a connection gone or not reported is not on the call")
                .containsExactlyInAnyOrder(new CallConnection("2001", ConnectionState.HOLD, false),
                        new CallConnection("2009", ConnectionState.CONNECT, true));
    }

    @Test
    void aCallFirstSeenInASnapshotIsMarkedAsBegunUnseen() {
        CallChange.Snapshot snapshot = stream.snapshot(CallDataReport.nothing());
        Call call = Call.firstSeenIn(9, snapshot, "key-9");

        assertThat(call.begunUnseen()).isTrue();
        assertThat(call.callId()).isEqualTo(9);
        assertThat(call.callKey()).isEqualTo("key-9");
        assertThat(call.milestones().begunAt()).isEqualTo(snapshot.occurrence().at());
    }

    @Test
    void aCallFirstSeenInAnyOtherChangeWasSeenBeginning() {
        Call call = Call.firstSeenIn(9, stream.delivered("2001", 1), "key-9");

        assertThat(call.begunUnseen()).isFalse();
    }
}
