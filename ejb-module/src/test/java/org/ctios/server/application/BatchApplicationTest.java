package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.domain.history.CallHistory.HistoryFilter;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.infrastructure.organisation.OrganisationImport;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.SelectCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delivery batch applied in one transaction, its agents and calls read in two queries before it
 * ({@link BatchPreload}), against the same events applied one per transaction.
 */
class BatchApplicationTest {

    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    private ModelHarness oneByOne;
    private ModelHarness batched;

    @BeforeEach
    void start() throws Exception {
        oneByOne = organisation();
        batched = organisation();
    }

    @AfterEach
    void stop() {
        for (ModelHarness model : List.of(oneByOne, batched)) {
            model.assertLiveModelMatchesDatabase();
            model.close();
        }
    }

    private static ModelHarness organisation() throws Exception {
        ModelHarness model = new ModelHarness();
        OrganisationImport.write(new OrganisationDefinition(
                List.of(new OrganisationDefinition.SkillGroupEntry(1, 5001L, "Sales")),
                List.of(new OrganisationDefinition.TeamEntry(1, "Harbour", "1009")),
                List.of(new OrganisationDefinition.AgentEntry("1001", "2001", 1, false, List.of(1L), null, null),
                        new OrganisationDefinition.AgentEntry("1002", "2002", 1, false, List.of(1L), null, null),
                        new OrganisationDefinition.AgentEntry("1003", "2003", 1, false, List.of(1L), null, null))),
                model.dataSource(), START);
        return model;
    }

    /** Agents ready and a call in progress before the batch, then the batch: a second call, both calls' turns. */
    private static List<List<CtiEvent>> shift(EventStream stream) {
        List<CtiEvent> before = List.of(
                stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1),
                stream.agent("1002", "2002", AgentState.AVAILABLE, 0, 1),
                stream.agent("1003", "2003", AgentState.AVAILABLE, 0, 1),
                stream.begun(7, "0612345678", "7001"), stream.queued(7, 1), stream.delivered(7, "2001", 1),
                stream.agent("1001", "2001", AgentState.TALKING, 0, 1), stream.established(7, "2001"));
        List<CtiEvent> batch = List.of(
                stream.begun(8, "0698765432", "7001"), stream.queued(8, 1), stream.delivered(8, "2002", 1),
                stream.agent("1002", "2002", AgentState.TALKING, 0, 1), stream.established(8, "2002"),
                stream.held(7, "2001"), stream.dataUpdated(8, EventStream.data("0698765432", "7001", "order-4711")),
                stream.retrieved(7, "2001"), stream.connectionCleared(7, "2001"), stream.cleared(7),
                stream.agent("1001", "2001", AgentState.WORK_READY, 0, 1), stream.ended(7),
                stream.agent("1003", "2003", AgentState.NOT_READY, 3, 1));
        return List.of(before, batch);
    }

    @Test
    void aBatchLeavesWhatTheSameEventsOneByOneLeave() {
        List<List<CtiEvent>> events = shift(new EventStream(1_000, START));
        oneByOne.apply(events.get(0).toArray(CtiEvent[]::new));
        oneByOne.apply(events.get(1).toArray(CtiEvent[]::new));
        batched.apply(events.get(0).toArray(CtiEvent[]::new));
        batched.applyInOneBatch(events.get(1).toArray(CtiEvent[]::new));

        assertThat(agents(batched)).isEqualTo(agents(oneByOne));
        assertThat(calls(batched)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("callKey")
                .isEqualTo(calls(oneByOne)).extracting(CallView::id).containsExactly(8L);
        assertThat(history(batched)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("callKey")
                .isEqualTo(history(oneByOne)).extracting(CallRecordView::callId).containsExactly(7L);
        assertThat(agents(batched)).filteredOn(agent -> agent.id().equals("1003"))
                .extracting(AgentView::state, AgentView::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        AgentState.NOT_READY, 3));
    }

    @Test
    void aBatchReadsItsStoredAgentsAndCallsTogetherNotOneByOne() {
        EventStream stream = new EventStream(1_000, START);
        List<CtiEvent> before = shift(stream).get(0);
        batched.apply(before.toArray(CtiEvent[]::new));
        oneByOne.apply(before.toArray(CtiEvent[]::new));
        // events about three stored agents and a stored call
        List<CtiEvent> about = List.of(stream.held(7, "2001"), stream.agent("1002", "2002", AgentState.NOT_READY, 3, 1),
                stream.retrieved(7, "2001"), stream.agent("1003", "2003", AgentState.NOT_READY, 4, 1),
                stream.agent("1001", "2001", AgentState.HOLD, 0, 1));

        long beforeBatch = SelectCounter.selects();
        batched.applyInOneBatch(about.toArray(CtiEvent[]::new));
        long inBatch = SelectCounter.selects() - beforeBatch;
        long beforeSingles = SelectCounter.selects();
        oneByOne.apply(about.toArray(CtiEvent[]::new));
        long oneByOneSelects = SelectCounter.selects() - beforeSingles;

        // the agents with their skill groups, the call with its parties
        assertThat(inBatch).isEqualTo(2);
        // one by one, each transaction reads its agent and the agent's skill groups, or its call
        assertThat(oneByOneSelects).isGreaterThanOrEqualTo(about.size());
        assertThat(agents(batched)).isEqualTo(agents(oneByOne));
        assertThat(calls(batched)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("callKey")
                .isEqualTo(calls(oneByOne));
    }

    @Test
    void newCallsInABatchAreToldFromEndedOnesWithoutALookupEach() {
        EventStream stream = new EventStream(1_000, START);
        List<CtiEvent> before = shift(stream).get(0);
        batched.apply(before.toArray(CtiEvent[]::new));
        List<CtiEvent> batch = List.of(stream.begun(21, "0611111111", "7001"), stream.queued(21, 1),
                stream.begun(22, "0622222222", "7001"), stream.queued(22, 1), stream.delivered(21, "2002", 1),
                stream.delivered(22, "2003", 1));

        long beforeBatch = SelectCounter.selects();
        batched.applyInOneBatch(batch.toArray(CtiEvent[]::new));

        // the calls (neither 21 nor 22 stored yet), then the history of both: not a lookup and a history query each
        assertThat(SelectCounter.selects() - beforeBatch).isEqualTo(2);
        assertThat(calls(batched)).extracting(CallView::id).containsExactlyInAnyOrder(7L, 21L, 22L);
    }

    @Test
    void aLateEventOfACallThatEndedInAnEarlierBatchChangesNothingInABatchAsOneByOne() {
        EventStream stream = new EventStream(1_000, START);
        List<CtiEvent> before = shift(stream).get(0);
        CtiEvent late = stream.retrieved(7, "2001");
        List<CtiEvent> end = List.of(stream.connectionCleared(7, "2001"), stream.cleared(7), stream.ended(7));
        List<CtiEvent> batch = List.of(late, stream.begun(23, "0633333333", "7001"), stream.queued(23, 1));
        for (ModelHarness model : List.of(oneByOne, batched)) {
            model.apply(before.toArray(CtiEvent[]::new));
            model.apply(end.toArray(CtiEvent[]::new));
        }

        oneByOne.apply(batch.toArray(CtiEvent[]::new));
        batched.applyInOneBatch(batch.toArray(CtiEvent[]::new));

        for (ModelHarness model : List.of(oneByOne, batched)) {
            assertThat(calls(model)).extracting(CallView::id).containsExactly(23L);
            assertThat(history(model)).extracting(CallRecordView::callId).containsExactly(7L);
        }
        assertThat(history(batched)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("callKey")
                .isEqualTo(history(oneByOne));
    }

    private static List<AgentView> agents(ModelHarness model) {
        return model.inTransaction(services -> services.agents().all());
    }

    private static List<CallView> calls(ModelHarness model) {
        return model.inTransaction(services -> services.calls().all(null, null));
    }

    private static List<CallRecordView> history(ModelHarness model) {
        return model.inTransaction(services -> services.history()
                .page(new HistoryFilter(null, null, null, null, null, null), 0, 100)).records();
    }
}
