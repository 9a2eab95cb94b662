package org.ctios.server.application.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.connector.api.event.AgentEvent;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.domain.agent.AgentChange;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;
import org.ctios.server.testing.EventStream;
import org.junit.jupiter.api.Test;

/** The connector's agent events as the changes the domain applies to its agents. */
class AgentChangesTest {

    private final EventStream stream = new EventStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));

    @Test
    void everyKindOfAgentEventTheConnectorDeliversBecomesAChangeOfTheAgent() {
        Map<AgentEvent, Class<? extends AgentChange>> oneOfEachKind = Map.of(
                stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1), AgentChange.StateChanged.class,
                stream.agentSnapshot("1001", "2001", AgentState.AVAILABLE), AgentChange.Resynchronised.class);
        Set<Class<?>> sampled = oneOfEachKind.keySet().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).as("one sample of each kind of the connector's agent events")
                .isEqualTo(Set.of(AgentEvent.class.getPermittedSubclasses()));
        oneOfEachKind.forEach((event, becomes) -> {
            AgentChange change = AgentChanges.of(event);
            assertThat(change).as(event.getClass().getSimpleName()).isInstanceOf(becomes);
            assertThat(change.occurrence()).isEqualTo(new Occurrence(
                    EventStamp.of(event.origin().epoch(), event.origin().sequence()), event.origin().receivedAt()));
        });
    }

    @Test
    void aStateChangeReportsTheAgentsDevicesStateReasonAndSkillGroupsInTheDomainsWords() {
        AgentStateChanged event = new AgentStateChanged(stream.next(), 5000, "1001", "2001", "3001",
                AgentState.NOT_READY, 12, List.of(new AgentSkillGroup(1, 5001, AgentState.NOT_READY),
                        new AgentSkillGroup(2, 5002, AgentState.AVAILABLE)), 0);

        AgentChange.StateChanged change = (AgentChange.StateChanged) AgentChanges.of(event);

        assertThat(change.extension()).isEqualTo("2001");
        assertThat(change.instrument()).isEqualTo("3001");
        assertThat(change.state()).isEqualTo(org.ctios.server.domain.agent.AgentState.NOT_READY);
        assertThat(change.reasonCode()).isEqualTo(12);
        assertThat(change.skillGroups()).containsExactly(
                new org.ctios.server.domain.agent.AgentSkillGroup(1,
                        org.ctios.server.domain.agent.AgentState.NOT_READY),
                new org.ctios.server.domain.agent.AgentSkillGroup(2,
                        org.ctios.server.domain.agent.AgentState.AVAILABLE));
    }

    @Test
    void aSnapshotReportsTheAgentAsTheCtiServerHasIt() {
        AgentSnapshot event = new AgentSnapshot(stream.next(), "1001", "2001", "3001", AgentState.WORK_READY,
                List.of(new AgentSkillGroup(1, 5001, AgentState.WORK_READY)), 1);

        AgentChange.Resynchronised change = (AgentChange.Resynchronised) AgentChanges.of(event);

        assertThat(change.extension()).isEqualTo("2001");
        assertThat(change.instrument()).isEqualTo("3001");
        assertThat(change.state()).isEqualTo(org.ctios.server.domain.agent.AgentState.WORK_READY);
        assertThat(change.skillGroups()).containsExactly(new org.ctios.server.domain.agent.AgentSkillGroup(1,
                org.ctios.server.domain.agent.AgentState.WORK_READY));
    }
}
