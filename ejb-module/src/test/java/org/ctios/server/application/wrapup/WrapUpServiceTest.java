package org.ctios.server.application.wrapup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ctios.connector.api.event.CallData;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.UnknownCallRecordException;
import org.ctios.server.api.WrapUpRefusedException;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.WrapUpReason;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.infrastructure.organisation.OrganisationImport;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent's wrap-up of a call that ended, set on the call's history record through the real service, repositories,
 * mappings and migrations over H2: the catalogue, who may set it and for how long, and the history filters.
 */
class WrapUpServiceTest {

    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    private final EventStream stream = new EventStream(1_000, START);
    private ModelHarness model;

    @BeforeEach
    void start() throws Exception {
        model = new ModelHarness();
        OrganisationImport.write(new OrganisationDefinition(
                List.of(new OrganisationDefinition.SkillGroupEntry(1, 5001L, "Sales")),
                List.of(new OrganisationDefinition.TeamEntry(1, "Harbour", "1009"),
                        new OrganisationDefinition.TeamEntry(2, "Dunes", null)),
                List.of(new OrganisationDefinition.AgentEntry("1001", "2001", 1, false, List.of(1L), null, null),
                        new OrganisationDefinition.AgentEntry("1002", "2002", 1, false, List.of(1L), null, null),
                        new OrganisationDefinition.AgentEntry("1003", "2003", 2, false, List.of(1L), null, null))),
                model.dataSource(), START);
        model.apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1),
                stream.agent("1002", "2002", AgentState.AVAILABLE, 0, 1),
                stream.agent("1003", "2003", AgentState.AVAILABLE, 0, 1));
    }

    @AfterEach
    void stop() {
        model.assertLiveModelMatchesDatabase();
        model.close();
    }

    /** A call delivered to and answered at the device, hung up; the agent goes into wrap-up. Its call key. */
    private String handledCall(long callId, String agentId, String device) {
        model.apply(stream.begun(callId, "0612345678", "7001"), stream.queued(callId, 1),
                stream.delivered(callId, device, 1), stream.established(callId, device),
                stream.connectionCleared(callId, device), stream.cleared(callId), stream.ended(callId),
                stream.agent(agentId, device, AgentState.WORK_READY, 0, 1));
        return latestRecord(callId).callKey();
    }

    private CallRecordView latestRecord(long callId) {
        return history(new HistoryFilter(null, null, null, null, null, null)).stream()
                .filter(record -> record.callId() == callId).findFirst().orElseThrow();
    }

    private List<CallRecordView> history(HistoryFilter filter) {
        return model.inTransaction(services -> services.history().page(filter, 0, 100)).records();
    }

    private CallRecordView wrapUp(String callKey, String agentId, String reason, String data) {
        return model.inTransaction(services -> services.wrapUps().wrapUp(callKey, agentId, reason, data));
    }

    private void clockAt(Instant now) {
        model.clock(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theAgentInWrapUpSetsReasonAndDataOnTheRecordAndTheHistoryFindsIt() {
        String callKey = handledCall(7, "1001", "2001");
        handledCall(8, "1002", "2002");
        Instant now = stream.now().plusSeconds(20);
        clockAt(now);

        CallRecordView answered = wrapUp(callKey, "1001", "sale", "order 42");

        assertThat(answered.wrapupReason()).isEqualTo("sale");
        assertThat(answered.wrapupData()).isEqualTo("order 42");
        assertThat(answered.wrapupAgentId()).isEqualTo("1001");
        assertThat(answered.wrapupAt()).isEqualTo(now);
        assertThat(answered.timeline()).as("the record as stored, with its timeline").isNotEmpty();
        CallRecordView stored = model.inTransaction(services -> services.history().record(callKey)).orElseThrow();
        assertThat(stored.wrapupReason()).isEqualTo("sale");
        assertThat(stored.wrapupData()).isEqualTo("order 42");
        assertThat(stored.ani()).as("the call's own data stays").isEqualTo("0612345678");
        assertThat(history(new HistoryFilter(null, null, null, null, null, null, "sale", null)))
                .extracting(CallRecordView::callId).containsExactly(7L);
        assertThat(history(new HistoryFilter(null, null, null, null, null, null, null, "order 42")))
                .extracting(CallRecordView::callId).containsExactly(7L);
        assertThat(history(new HistoryFilter(null, null, "1001", null, null, null, "callback", null))).isEmpty();
        assertThat(model.inTransaction(services -> services.history().page(
                new org.ctios.server.api.HistoryReads.Filter(null, null, null, null, null, null, "sale", null), 0,
                10)).total()).as("through the API's filter too").isEqualTo(1);
    }

    @Test
    void settingItAgainReplacesTheReasonAndNoDataKeepsTheCallsWhileEmptyClearsIt() {
        model.apply(stream.begun(7, "0612345678", "7001"), stream.queued(7, 1), stream.delivered(7, "2001", 1),
                stream.established(7, "2001"));
        model.apply(stream.dataUpdated(7, new CallData(null, null, null, null, null, List.of(), List.of(), "set live")));
        model.apply(stream.connectionCleared(7, "2001"), stream.cleared(7), stream.ended(7));
        String callKey = latestRecord(7).callKey();
        clockAt(stream.now().plusSeconds(5));

        assertThat(wrapUp(callKey, "1001", "sale", null).wrapupData()).as("kept").isEqualTo("set live");
        CallRecordView replaced = wrapUp(callKey, "1001", "callback", "");
        assertThat(replaced.wrapupReason()).isEqualTo("callback");
        assertThat(replaced.wrapupData()).as("cleared").isNull();
    }

    @Test
    void aReasonOutsideTheCatalogueOrTooLongDataIsInvalid() {
        String callKey = handledCall(7, "1001", "2001");
        clockAt(stream.now().plusSeconds(5));

        assertThatThrownBy(() -> wrapUp(callKey, "1001", "lunch", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'lunch'")
                .hasMessageContaining("sale, callback");
        assertThatThrownBy(() -> wrapUp(callKey, "1001", null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wrapUp(callKey, "1001", "sale", "x".repeat(40)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(latestRecord(7).wrapupReason()).isNull();
    }

    @Test
    void onlyAnAgentThatHandledTheCallMayWrapItUp() {
        String callKey = handledCall(7, "1001", "2001");
        clockAt(stream.now().plusSeconds(5));

        assertThatThrownBy(() -> wrapUp(callKey, "1002", "sale", null)).isInstanceOf(WrapUpRefusedException.class)
                .hasMessageContaining("did not handle");
        assertThatThrownBy(() -> wrapUp(callKey, "9999", "sale", null)).isInstanceOf(UnknownAgentException.class);
        assertThatThrownBy(() -> wrapUp("no-such-key", "1001", "sale", null))
                .isInstanceOf(UnknownCallRecordException.class);
    }

    @Test
    void theWrapUpIsOverAfterTheWindow() {
        String callKey = handledCall(7, "1001", "2001");
        Instant ended = latestRecord(7).endedAt();

        clockAt(ended.plus(Duration.ofMinutes(15)));
        assertThat(wrapUp(callKey, "1001", "sale", null).wrapupReason()).as("at the window's end").isEqualTo("sale");
        clockAt(ended.plus(Duration.ofMinutes(15)).plusMillis(1));
        assertThatThrownBy(() -> wrapUp(callKey, "1001", "callback", null))
                .isInstanceOf(WrapUpRefusedException.class).hasMessageContaining("ctios.wrapup.window");
    }

    @Test
    void theWrapUpIsOverOnceTheAgentIsOnItsNextCall() {
        String first = handledCall(7, "1001", "2001");
        model.apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1));
        model.apply(stream.begun(8, "0655555555", "7001"), stream.queued(8, 1), stream.delivered(8, "2001", 1),
                stream.established(8, "2001"));
        clockAt(stream.now().plusSeconds(5));

        assertThatThrownBy(() -> wrapUp(first, "1001", "sale", null)).as("a newer call in progress")
                .isInstanceOf(WrapUpRefusedException.class).hasMessageContaining("has had a call since");

        model.apply(stream.connectionCleared(8, "2001"), stream.cleared(8), stream.ended(8));
        clockAt(stream.now().plusSeconds(5));
        assertThatThrownBy(() -> wrapUp(first, "1001", "sale", null)).as("a newer call ended")
                .isInstanceOf(WrapUpRefusedException.class).hasMessageContaining("has had a call since");
        assertThat(wrapUp(latestRecord(8).callKey(), "1001", "sale", null).wrapupReason()).isEqualTo("sale");
    }

    @Test
    void aTeamWithItsOwnListIsOfferedThatListAndHeldToIt() {
        model.wrapUpSettings(WrapUpSettings.of(new WrapUpCatalogue(List.of(new WrapUpReason("sale", "Sale")),
                Map.of(2, List.of(new WrapUpReason("repair", "Repair booked")))), Duration.ofMinutes(15)));
        String callKey = handledCall(7, "1003", "2003");
        clockAt(stream.now().plusSeconds(5));

        List<WrapUpReason> ofTeam2 = model.inTransaction(services -> services.wrapUps().reasonsFor("1003"));
        List<WrapUpReason> ofTeam1 = model.inTransaction(services -> services.wrapUps().reasonsFor("1001"));
        List<WrapUpReason> global = model.inTransaction(services -> services.wrapUps().reasonsOfTeam(null));
        assertThat(ofTeam2).extracting(WrapUpReason::code).containsExactly("repair");
        assertThat(ofTeam1).extracting(WrapUpReason::code).containsExactly("sale");
        assertThat(global).extracting(WrapUpReason::code).containsExactly("sale");
        assertThatThrownBy(() -> wrapUp(callKey, "1003", "sale", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(wrapUp(callKey, "1003", "repair", null).wrapupReason()).isEqualTo("repair");
    }
}
