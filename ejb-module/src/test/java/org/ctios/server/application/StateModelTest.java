package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.CallState;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.api.view.SkillGroupView;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.ctios.server.infrastructure.organisation.OrganisationImport;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services, repositories, mappings and migrations together over H2, each event in its own transaction as the MDB
 * applies it: what an agent desktop, a CRM and a report would then read.
 */
class StateModelTest {

    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    private final EventStream stream = new EventStream(1_000, START);
    private ModelHarness model;

    @BeforeEach
    void start() throws Exception {
        model = new ModelHarness();
        OrganisationImport.write(new OrganisationDefinition(
                List.of(new OrganisationDefinition.SkillGroupEntry(1, 5001L, "Sales")),
                List.of(new OrganisationDefinition.TeamEntry(1, "Harbour", "1009")),
                List.of(new OrganisationDefinition.AgentEntry("1001", "2001", 1, false, List.of(1L), "Amara",
                                "Okafor"),
                        new OrganisationDefinition.AgentEntry("1002", "2002", 1, false, List.of(1L), null, null),
                        new OrganisationDefinition.AgentEntry("1009", "2009", 1, true, List.of(1L), null, null))),
                model.dataSource(), START);
        model.apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1),
                stream.agent("1002", "2002", AgentState.AVAILABLE, 0, 1));
    }

    @AfterEach
    void stop() {
        model.assertLiveModelMatchesDatabase();
        model.close();
    }

    private void answeredCall(long callId, String device) {
        model.apply(stream.begun(callId, "0612345678", "7001"), stream.queued(callId, 1),
                stream.delivered(callId, device, 1), stream.established(callId, device));
    }

    private CallView call(long callId) {
        return model.inTransaction(services -> services.calls().byId(callId)).orElseThrow();
    }

    private Optional<CallView> findCall(long callId) {
        return model.inTransaction(services -> services.calls().byId(callId));
    }

    private List<CallView> activeCalls() {
        return model.inTransaction(services -> services.calls().all(null, null));
    }

    private long versionOfCall(long callId) {
        return model.inTransaction(services -> services.entityManager()
                .createQuery("select c.version from Call c where c.callId = :id", Long.class)
                .setParameter("id", callId).getSingleResult());
    }

    private AgentView agent(String agentId) {
        return model.inTransaction(services -> services.agents().byId(agentId)).orElseThrow();
    }

    private List<CallRecordView> history(HistoryFilter filter) {
        return model.inTransaction(services -> services.history().page(filter, 0, 100)).records();
    }

    private static HistoryFilter everything() {
        return new HistoryFilter(null, null, null, null, null, null);
    }

    @Test
    void aNotReadyAskedForDuringACallIsShownPendingUntilTheSwitchTakesIt() {
        answeredCall(7, "2001");
        model.apply(stream.agent("1001", "2001", AgentState.TALKING, 0, 1));
        AgentView talking = agent("1001");

        model.apply(new AgentStateChanged(stream.next(), 5000, "1001", "2001", "2001", AgentState.TALKING, 5,
                List.of(), 1, AgentState.NOT_READY));

        AgentView pending = agent("1001");
        assertThat(pending.state()).isEqualTo(AgentState.TALKING);
        assertThat(pending.reasonCode()).isZero();
        assertThat(pending.stateSince()).isEqualTo(talking.stateSince());
        assertThat(pending.pendingState()).isEqualTo(AgentState.NOT_READY);
        assertThat(pending.pendingReasonCode()).isEqualTo(5);

        model.apply(stream.agent("1001", "2001", AgentState.WORK_NOT_READY, 5, 1));

        AgentView taken = agent("1001");
        assertThat(taken.state()).isEqualTo(AgentState.WORK_NOT_READY);
        assertThat(taken.reasonCode()).isEqualTo(5);
        assertThat(taken.pendingState()).isNull();
        assertThat(taken.pendingReasonCode()).isZero();
    }

    @Test
    void aTimeHeldInMemoryIsTheTimeTheDatabaseKeeps() {
        EventOrigin next = stream.next();
        model.apply(new AgentStateChanged(new EventOrigin(next.epoch(), next.sequence(),
                next.receivedAt().plusNanos(123_456_789)), 5000, "1001", "2001", null, AgentState.NOT_READY, 3,
                List.of(), 0));

        // to the microsecond, as the database keeps it: the model fed with it equals the one read back (AfterEach)
        assertThat(agent("1001").stateSince()).isEqualTo(next.receivedAt().plusNanos(123_456_000));
    }

    @Test
    void theOrganisationImportGivesAgentsTheirTeamAndKeepsTheirStates() throws Exception {
        AgentView before = agent("1001");
        OrganisationImport.write(new OrganisationDefinition(List.of(), List.of(), List.of(
                new OrganisationDefinition.AgentEntry("1001", "2001", 2, true, List.of(1L, 3L), "Amara",
                        "Okafor-Reyes"),
                new OrganisationDefinition.AgentEntry("1002", "2002", 1, false, List.of(1L), "Lukas", "Novak"))),
                model.dataSource(), START);
        model.live().rebuild(); // the import runs when the server starts, before it reads the live model

        AgentView after = agent("1001");
        assertThat(after.firstName()).isEqualTo("Amara");
        assertThat(after.lastName()).as("renamed in the organisation").isEqualTo("Okafor-Reyes");
        assertThat(agent("1002").firstName() + " " + agent("1002").lastName()).as("named now").isEqualTo("Lukas Novak");
        assertThat(after.teamId()).isEqualTo(2);
        assertThat(after.supervisor()).isTrue();
        assertThat(after.skillGroups()).containsExactly(1L, 3L);
        assertThat(after.state()).isEqualTo(before.state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(agent("1009").state()).as("configured, never seen on the link").isEqualTo(AgentState.LOGOUT);
    }

    @Test
    void anAgentShowsTheNamesTheOrganisationGivesItAndOneOnlyTheSwitchReportedHasNone() {
        model.apply(stream.agent("1003", "2003", AgentState.AVAILABLE, 0, 1));

        AgentView named = agent("1001");
        assertThat(named.firstName()).isEqualTo("Amara");
        assertThat(named.lastName()).isEqualTo("Okafor");
        assertThat(agent("1002").firstName()).as("configured without names").isNull();
        AgentView reportedOnly = agent("1003");
        assertThat(reportedOnly.state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(reportedOnly.firstName()).isNull();
        assertThat(reportedOnly.lastName()).isNull();
    }

    @Test
    void anAnsweredCallShowsAtTheAgentWithTheButtonsOfATalkingAgent() {
        model.apply(stream.agent("1001", "2001", AgentState.TALKING, 0, 1));
        answeredCall(7, "2001");

        CallView call = call(7);
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.agentIds()).containsExactly("1001");
        assertThat(call.parties()).anyMatch(p -> p.deviceId().equals("2001") && "1001".equals(p.agentId())
                && p.state() == LocalConnectionState.CONNECT);
        assertThat(call.enabledActions().get("1001")).contains(AgentAction.HOLD, AgentAction.RELEASE)
                .doesNotContain(AgentAction.ANSWER, AgentAction.LOGOUT);
        AgentView agent = agent("1001");
        assertThat(agent.callIds()).containsExactly(7L);
        assertThat(agent.enabledActions()).isEqualTo(call.enabledActions().get("1001"));
    }

    @Test
    void anEndedCallBecomesAHistoryRecordWithItsWholeTimeline() {
        model.apply(stream.begun(7, "0612345678", "7001"), stream.queued(7, 1), stream.delivered(7, "2001", 1),
                stream.established(7, "2001"), stream.dataUpdated(7, EventStream.data(null, null, "ACCT-9")),
                stream.held(7, "2001"), stream.retrieved(7, "2001"), stream.connectionCleared(7, "2001"),
                stream.cleared(7), stream.ended(7));

        assertThat(findCall(7)).isEmpty();
        List<CallRecordView> records = history(everything());
        assertThat(records).hasSize(1);
        CallRecordView record = model.inTransaction(services -> services.history().record(records.get(0).callKey()))
                .orElseThrow();
        assertThat(record.endReason()).isEqualTo(EndReason.ENDED);
        assertThat(record.agentIds()).containsExactly("1001");
        assertThat(record.ani()).isEqualTo("0612345678");
        assertThat(record.callVariables()).containsEntry("CallVariable1", "ACCT-9");
        assertThat(record.handleTime()).isEqualTo(Duration.between(record.answeredAt(), record.endedAt()));
        assertThat(record.timeline()).extracting(CallRecordView.TimelineView::event).containsExactly("CallBegun",
                "CallQueued", "CallDelivered", "CallEstablished", "CallDataUpdated", "CallHeld", "CallRetrieved",
                "ConnectionCleared", "CallCleared", "CallEnded");
        assertThat(record.timeline()).extracting(CallRecordView.TimelineView::at).isSorted();
        assertThat(model.notices().fired(CallEndedNotice.class)).singleElement()
                .satisfies(notice -> assertThat(notice.agentIds()).containsExactly("1001"));
    }

    @Test
    void aReplayedEventOfAnEndedCallDoesNotBringItBack() {
        CallBegun begun = stream.begun(7, "0612345678", "7001");
        model.apply(begun, stream.delivered(7, "2001", 1), stream.cleared(7), stream.ended(7));

        model.apply(begun);

        assertThat(activeCalls()).isEmpty();
        assertThat(history(everything())).hasSize(1);
    }

    @Test
    void aReusedCallIdAfterTheEndIsANewCall() {
        model.apply(stream.begun(7, "0611111111", "7001"), stream.cleared(7), stream.ended(7));
        model.apply(stream.begun(7, "0622222222", "7001"), stream.delivered(7, "2002", 1));

        assertThat(call(7).ani()).isEqualTo("0622222222");
        assertThat(call(7).callKey()).isNotEqualTo(history(everything()).get(0).callKey());
    }

    @Test
    void aDuplicatedEventChangesNothingStored() {
        answeredCall(7, "2001");
        var held = stream.held(7, "2001");
        model.apply(held);
        long version = versionOfCall(7);

        model.apply(held, held);

        assertThat(versionOfCall(7)).isEqualTo(version);
        assertThat(call(7).state()).isEqualTo(CallState.HELD);
    }

    @Test
    void aCompleteSnapshotEndsTheCallsThatVanishedWhileTheLinkWasDown() {
        answeredCall(7, "2001");
        answeredCall(8, "2002");
        SnapshotStarted started = stream.snapshotStarted("B");
        model.apply(started, stream.callSnapshot(8, CallData.empty(),
                        List.of(EventStream.party("2002", LocalConnectionState.CONNECT))),
                stream.begun(9, "0633333333", "7001"),
                stream.snapshotCompleted(started, true, Set.of("1001", "1002"), Set.of(8L), Set.of(7L, 8L)));

        assertThat(activeCalls()).as("8 is in the snapshot, 9 began after it started").extracting(CallView::id)
                .containsExactly(8L, 9L);
        CallRecordView vanished = history(everything()).get(0);
        assertThat(vanished.callId()).isEqualTo(7);
        assertThat(vanished.endReason()).isEqualTo(EndReason.ENDED_WHILE_LINK_DOWN);
        assertThat(vanished.agentIds()).containsExactly("1001");
    }

    @Test
    void eventsAppliedTogetherInOneTransactionSeeEachOthersChanges() {
        // A batch: agent 1001 moves to phone 3001, takes a call there and the call ends, all in one transaction.
        model.run(services -> {
            for (var event : List.of(stream.agent("1001", "3001", AgentState.AVAILABLE, 0, 1),
                    stream.begun(30, "0655555555", "7001"), stream.delivered(30, "3001", 1),
                    stream.established(30, "3001"), stream.cleared(30), stream.ended(30))) {
                services.events().apply(event);
            }
        });

        assertThat(history(everything())).singleElement()
                .satisfies(record -> assertThat(record.agentIds()).containsExactly("1001"));
        assertThat(activeCalls()).isEmpty();
    }

    @Test
    void aCallTheSnapshotDidNotAskAboutIsKept() {
        // The connector knew nothing of call 7 (the server restarted): absence from the snapshot proves nothing.
        answeredCall(7, "2001");
        SnapshotStarted started = stream.snapshotStarted("A");
        model.apply(started, stream.snapshotCompleted(started, true, Set.of("1001"), Set.of(), Set.of()));

        assertThat(call(7).state()).isEqualTo(CallState.CONNECTED);
        assertThat(history(everything())).isEmpty();
    }

    @Test
    void anIncompleteSnapshotEndsNothing() {
        answeredCall(7, "2001");
        SnapshotStarted started = stream.snapshotStarted("A");
        model.apply(started, stream.snapshotCompleted(started, false, Set.of(), Set.of(), Set.of(7L)));

        assertThat(call(7).state()).isEqualTo(CallState.CONNECTED);
        assertThat(history(everything())).isEmpty();
    }

    @Test
    void aCallFirstSeenInASnapshotIsMarkedAndKeptInHistoryAsSuch() {
        SnapshotStarted started = stream.snapshotStarted("A");
        model.apply(started, stream.callSnapshot(12, EventStream.data("0644444444", "7001", null),
                        List.of(EventStream.party("2001", LocalConnectionState.CONNECT))),
                stream.snapshotCompleted(started, true, Set.of(), Set.of(12L), Set.of(12L)));
        assertThat(call(12).begunUnseen()).isTrue();
        assertThat(call(12).ani()).isEqualTo("0644444444");

        model.apply(stream.cleared(12), stream.ended(12));

        assertThat(history(everything()).get(0).begunUnseen()).isTrue();
    }

    @Test
    void aConsultationTransferLeavesTheCustomerWithTheSecondAgent() {
        answeredCall(7, "2001");
        model.apply(stream.held(7, "2001"), stream.consultationBegun(8, "2001"), stream.originated(8, "2001", "2002"),
                stream.delivered(8, "2002", 1));
        assertThat(agent("1001").enabledActions()).contains(AgentAction.TRANSFER_COMPLETE, AgentAction.RECONNECT);

        model.apply(stream.established(8, "2002"),
                stream.transferred(7, 8, "2001", "2002", List.of("0612345678", "2001", "2002")),
                stream.connectionCleared(7, "2001"), stream.cleared(8), stream.ended(8));

        assertThat(call(7).parties()).extracting(p -> p.deviceId() + ":" + p.state())
                .containsExactly("2002:CONNECT");
        assertThat(agent("1001").callIds()).isEmpty();
        assertThat(agent("1002").callIds()).containsExactly(7L);
        assertThat(history(everything())).extracting(CallRecordView::callId).containsExactly(8L);
        assertThat(model.notices().fired(CallChangedNotice.class))
                .as("the transferring agent's desktop learns that the call went on without it")
                .filteredOn(notice -> notice.callId() == 7 && !notice.departedAgentIds().isEmpty())
                .extracting(notice -> notice.event() + " " + notice.departedAgentIds())
                .containsExactly("ConnectionCleared [1001]");
    }

    @Test
    void aSupervisorWhoBargesInIsOnTheCallAsItsSupervisorAndMayOnlyLeaveIt() {
        model.apply(stream.agent("1009", "2009", AgentState.TALKING, 0, 1));
        answeredCall(7, "2001");

        model.apply(stream.conferenced(7, -1, "2001", "2009", List.of("0612345678", "2001", "2009"),
                EventCause.SUPERVISOR_BARGE_IN.wire()));

        CallView call = call(7);
        assertThat(call.parties()).extracting(p -> p.deviceId() + ":" + p.state() + (p.supervising() ? "/sv" : ""))
                .containsExactly("2001:CONNECT", "2009:CONNECT/sv");
        assertThat(call.enabledActions().get("1009")).contains(AgentAction.RELEASE)
                .doesNotContain(AgentAction.HOLD, AgentAction.TRANSFER_INIT, AgentAction.CONFERENCE_INIT);
        assertThat(call.enabledActions().get("1001")).contains(AgentAction.HOLD, AgentAction.TRANSFER_INIT);
    }

    @Test
    void skillGroupStatisticsCountAgentsQueueAndTodaysCalls() {
        model.clock(Clock.fixed(START.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        model.apply(stream.agent("1002", "2002", AgentState.NOT_READY, 3, 1));
        answeredCall(7, "2001");
        model.apply(stream.connectionCleared(7, "2001"), stream.cleared(7), stream.ended(7));
        model.apply(stream.begun(8, "0655555555", "7001"), stream.queued(8, 1), stream.cleared(8), stream.ended(8));
        model.apply(stream.begun(9, "0666666666", "7001"), stream.queued(9, 1));

        SkillGroupView sales = model.inTransaction(services -> services.skillGroups().byNumber(1)).orElseThrow();

        assertThat(sales.name()).isEqualTo("Sales");
        assertThat(sales.members()).isEqualTo(3);
        assertThat(sales.agentsLoggedIn()).isEqualTo(2);
        assertThat(sales.agentsAvailable()).isEqualTo(1);
        assertThat(sales.agentsNotReady()).isEqualTo(1);
        assertThat(sales.callsQueued()).isEqualTo(1);
        assertThat(sales.longestQueued()).isPositive();
        assertThat(sales.callsHandledToday()).isEqualTo(1);
        assertThat(sales.callsAbandonedToday()).isEqualTo(1);
        assertThat(sales.averageHandleTime()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theHistoryIsSearchedByAgentNumberAndTimeAndPaged() {
        answeredCall(7, "2001");
        model.apply(stream.cleared(7), stream.ended(7));
        Instant between = stream.now().plusMillis(500);
        answeredCall(8, "2002");
        model.apply(stream.cleared(8), stream.ended(8));

        assertThat(history(new HistoryFilter(null, null, "1002", null, null, null)))
                .extracting(CallRecordView::callId).containsExactly(8L);
        assertThat(history(new HistoryFilter(null, between, null, null, null, null)))
                .extracting(CallRecordView::callId).containsExactly(7L);
        assertThat(history(new HistoryFilter(null, null, null, "0612345678", "7001", 1L))).hasSize(2);
        assertThat(history(everything())).extracting(CallRecordView::callId).as("newest first")
                .containsExactly(8L, 7L);
        var page = model.inTransaction(services -> services.history().page(everything(), 1, 1));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.records()).extracting(CallRecordView::callId).containsExactly(7L);
    }

    @Test
    void committedChangesAnnounceThemselves() {
        model.notices().clear();
        model.apply(stream.agent("1001", "2001", AgentState.NOT_READY, 2, 1));
        model.apply(stream.begun(7, "0612345678", "7001"), stream.delivered(7, "2001", 1));

        assertThat(model.notices().fired(AgentStateNotice.class)).singleElement()
                .satisfies(notice -> assertThat(notice.reasonCode()).isEqualTo(2));
        assertThat(model.notices().fired(CallDeliveredNotice.class)).singleElement().satisfies(delivered -> {
            assertThat(delivered.callId()).isEqualTo(7);
            assertThat(delivered.device()).isEqualTo("2001");
            assertThat(delivered.agentId()).as("the agent at the ringing phone, for the screen pop").isEqualTo("1001");
            assertThat(delivered.data().ani()).isEqualTo("0612345678");
            assertThat(delivered.data().dnis()).isEqualTo("7001");
            assertThat(delivered.data().skillGroupNumber()).isEqualTo(1L);
        });
        assertThat(model.notices().fired(SkillGroupStatisticsNotice.class)).isNotEmpty()
                .allSatisfy(notice -> assertThat(notice.skillGroupNumbers()).containsExactly(1L));
    }

    @Test
    void callDataStaysWithinItsLimitsAndUnknownVariablesStayEmpty() {
        model.apply(stream.begun(7, "0612345678", "7001"), stream.dataUpdated(7, new CallData(null, null, null,
                null, CallVariables.of("a", null, "c"), List.of(), List.of(), null)));

        assertThat(call(7).callVariables()).containsOnly(Map.entry("CallVariable1", "a"),
                Map.entry("CallVariable3", "c"));
    }
}
