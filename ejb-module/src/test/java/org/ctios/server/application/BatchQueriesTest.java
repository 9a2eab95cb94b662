package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentAction;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.SkillGroupView;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.infrastructure.organisation.OrganisationImport;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-based reads the event streams' dispatcher uses for a batch of notices: each agent and call exactly as the
 * one-at-a-time reads show it.
 */
class BatchQueriesTest {

    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    private final EventStream stream = new EventStream(1_000, START);
    private ModelHarness model;

    @BeforeEach
    void start() {
        model = new ModelHarness();
        model.apply(stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1),
                stream.agent("1002", "2002", AgentState.AVAILABLE, 0, 1, 2),
                // 1003's instrument is 3003; 1004's extension is also 3003: the instrument wins, as findByDevice
                new AgentStateChanged(stream.next(), 5000, "1003", "2003", "3003", AgentState.AVAILABLE, 0,
                        List.of(), 0),
                new AgentStateChanged(stream.next(), 5000, "1004", "3003", null, AgentState.NOT_READY, 4,
                        List.of(), 0));
        // call 7: answered by 1001, then consulted to 1002 (1001 holds 7 and has consultation 8)
        model.apply(stream.begun(7, "0612345678", "7001"), stream.queued(7, 1), stream.delivered(7, "2001", 1),
                stream.established(7, "2001"), stream.agent("1001", "2001", AgentState.TALKING, 0, 1),
                stream.held(7, "2001"), stream.consultationBegun(8, "2001"), stream.originated(8, "2001", "2002"),
                stream.delivered(8, "2002", 1));
        // call 9: ringing at 3003
        model.apply(stream.begun(9, "0699999999", "7002"), stream.delivered(9, "3003", 2));
    }

    @AfterEach
    void stop() {
        model.assertLiveModelMatchesDatabase();
        model.close();
    }

    @Test
    void agentsReadTogetherAreWhatEachReadAloneShows() {
        List<String> ids = List.of("1001", "1002", "1003", "1004");
        Map<String, AgentView> alone = model.inTransaction(services -> ids.stream()
                .map(id -> services.agents().byId(id).orElseThrow())
                .collect(Collectors.toMap(AgentView::id, Function.identity())));

        Map<String, AgentView> together = model.inTransaction(services -> services.agents().byIds(ids));

        assertThat(together).isEqualTo(alone);
        assertThat(together.get("1001").callIds()).containsExactly(7L, 8L);
        assertThat(together.get("1001").enabledActions()).contains(AgentAction.TRANSFER_COMPLETE);
        assertThat(together.get("1002").skillGroups()).containsExactly(1L, 2L);
        assertThat(together.get("1003").callIds()).containsExactly(9L);
        assertThat(together.get("1004").callIds()).as("its extension is another agent's instrument")
                .containsExactly(9L);
    }

    @Test
    void callsReadTogetherAreWhatEachReadAloneShows() {
        List<Long> ids = List.of(7L, 8L, 9L);
        Map<Long, CallView> alone = model.inTransaction(services -> ids.stream()
                .map(id -> services.calls().byId(id).orElseThrow())
                .collect(Collectors.toMap(CallView::id, Function.identity())));

        Map<Long, CallView> together = model.inTransaction(services -> services.calls().byIds(ids));

        assertThat(together).isEqualTo(alone);
        assertThat(together.get(8L).agentIds()).containsExactly("1001", "1002");
        assertThat(together.get(8L).enabledActions().get("1002")).contains(AgentAction.ANSWER);
        assertThat(together.get(9L).agentIds()).as("the agent whose instrument it is, not whose extension")
                .containsExactly("1003");
    }

    @Test
    void skillGroupsReadTogetherAreWhatEachReadAloneShows() throws Exception {
        OrganisationImport.write(new OrganisationDefinition(
                List.of(new OrganisationDefinition.SkillGroupEntry(1, 5001L, "Sales"),
                        new OrganisationDefinition.SkillGroupEntry(2, 5002L, "Service")),
                List.of(), List.of(new OrganisationDefinition.AgentEntry("1001", "2001", null, false, List.of(1L),
                        null, null))),
                model.dataSource(), START);
        model.live().rebuild(); // the import runs when the server starts, before it reads the live model
        model.clock(Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC));
        List<SkillGroupView> alone = model.inTransaction(services -> List.of(
                services.skillGroups().byNumber(1).orElseThrow(), services.skillGroups().byNumber(2).orElseThrow()));

        List<SkillGroupView> together = model.inTransaction(services -> services.skillGroups()
                .byNumbers(List.of(2L, 99L, 1L, 2L)));

        assertThat(together).as("by number, each once, the unknown 99 left out").isEqualTo(alone);
        assertThat(together).extracting(SkillGroupView::name).containsExactly("Sales", "Service");
    }

    @Test
    void unknownIdsAreLeftOutAndNoIdsReadNothing() {
        Map<String, AgentView> agents = model.inTransaction(services -> services.agents()
                .byIds(List.of("1001", "9999")));
        Map<Long, CallView> calls = model.inTransaction(services -> services.calls().byIds(List.of(7L, 404L)));
        Map<String, AgentView> noAgents = model.inTransaction(services -> services.agents().byIds(List.of()));
        Map<Long, CallView> noCalls = model.inTransaction(services -> services.calls().byIds(List.of()));

        assertThat(agents).containsOnlyKeys("1001");
        assertThat(calls).containsOnlyKeys(7L);
        assertThat(noAgents).isEmpty();
        assertThat(noCalls).isEmpty();
    }
}
