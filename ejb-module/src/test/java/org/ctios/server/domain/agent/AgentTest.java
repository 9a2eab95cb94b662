package org.ctios.server.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;
import org.ctios.server.testing.ChangeStream;
import org.junit.jupiter.api.Test;

class AgentTest {

    private final ChangeStream stream = new ChangeStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));
    private final Agent agent = new Agent("1001", stream.now());

    @Test
    void followsItsEventsAndTimesEachStateFromItsStart() {
        AgentChange.StateChanged login = stream.agent("2001", AgentState.NOT_READY, 0, 1, 2);
        AgentChange.StateChanged ready = stream.agent("2001", AgentState.AVAILABLE, 0);

        assertThat(agent.apply(login)).isTrue();
        assertThat(agent.apply(ready)).isTrue();

        assertThat(agent.state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(agent.stateSince()).isEqualTo(ready.occurrence().at());
        assertThat(agent.loggedInSince()).isEqualTo(login.occurrence().at());
        assertThat(agent.extension()).isEqualTo("2001");
        assertThat(agent.devices()).containsExactly("2001");
        assertThat(agent.skillGroups()).extracting(AgentSkillGroup::skillGroupNumber).containsExactlyInAnyOrder(1L,
                2L);
    }

    @Test
    void aReplayedOrOlderEventChangesNothing() {
        AgentChange.StateChanged older = stream.agent("2001", AgentState.NOT_READY, 5);
        AgentChange.StateChanged newer = stream.agent("2001", AgentState.AVAILABLE, 0);
        agent.apply(newer);

        assertThat(agent.apply(older)).as("stale").isFalse();
        assertThat(agent.apply(newer)).as("replayed").isFalse();
        assertThat(agent.state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(agent.reasonCode()).isZero();
    }

    @Test
    void anEventOfALaterAdapterRunIsNewerWhateverItsSequence() {
        agent.apply(stream.agent("2001", AgentState.AVAILABLE, 0));
        AgentChange.StateChanged nextRun = new AgentChange.StateChanged(
                new Occurrence(EventStamp.of(2_000, 1), Instant.now()), "2001", "2001", AgentState.NOT_READY, 3,
                List.of());

        assertThat(agent.apply(nextRun)).isTrue();
        assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    }

    @Test
    void theSameStateWithTheSameReasonKeepsItsStartTime() {
        AgentChange.StateChanged first = stream.agent("2001", AgentState.NOT_READY, 4);
        agent.apply(first);
        agent.apply(stream.agent("2001", AgentState.NOT_READY, 4));

        assertThat(agent.stateSince()).isEqualTo(first.occurrence().at());
    }

    private AgentChange.StateChanged pending(AgentState state, AgentState next, int reasonCode) {
        return new AgentChange.StateChanged(stream.next(), "2001", "2001", state, reasonCode, List.of(), next);
    }

    @Test
    void aStateAskedForDuringACallIsPendingWithItsReasonAndTheCallKeepsItsStartTime() {
        AgentChange.StateChanged talking = stream.agent("2001", AgentState.TALKING, 0);
        agent.apply(talking);

        assertThat(agent.apply(pending(AgentState.TALKING, AgentState.NOT_READY, 5))).isTrue();

        assertThat(agent.state()).isEqualTo(AgentState.TALKING);
        assertThat(agent.reasonCode()).as("the reason reported with a pending state is that state's").isZero();
        assertThat(agent.stateSince()).isEqualTo(talking.occurrence().at());
        assertThat(agent.pendingState()).isEqualTo(AgentState.NOT_READY);
        assertThat(agent.pendingReasonCode()).isEqualTo(5);
    }

    @Test
    void aPendingStateStaysWhileTheSwitchRepeatsItAndEndsWithTheFirstEventWithoutIt() {
        agent.apply(stream.agent("2001", AgentState.TALKING, 0));
        agent.apply(pending(AgentState.TALKING, AgentState.NOT_READY, 5));

        agent.apply(pending(AgentState.HOLD, AgentState.NOT_READY, 5));
        assertThat(agent.state()).isEqualTo(AgentState.HOLD);
        assertThat(agent.pendingState()).isEqualTo(AgentState.NOT_READY);

        agent.apply(stream.agent("2001", AgentState.WORK_NOT_READY, 5));
        assertThat(agent.state()).isEqualTo(AgentState.WORK_NOT_READY);
        assertThat(agent.reasonCode()).isEqualTo(5);
        assertThat(agent.pendingState()).isNull();
        assertThat(agent.pendingReasonCode()).isZero();
    }

    @Test
    void aNextStateThatIsTheCurrentStateIsNothingPending() {
        agent.apply(pending(AgentState.NOT_READY, AgentState.NOT_READY, 3));

        assertThat(agent.pendingState()).isNull();
        assertThat(agent.reasonCode()).isEqualTo(3);
    }

    @Test
    void aSnapshotKeepsAPendingStateWhenItConfirmsTheStateAndEndsItOtherwise() {
        agent.apply(stream.agent("2001", AgentState.TALKING, 0));
        agent.apply(pending(AgentState.TALKING, AgentState.NOT_READY, 5));

        agent.apply(stream.agentSnapshot("2001", AgentState.TALKING));
        assertThat(agent.pendingState()).isEqualTo(AgentState.NOT_READY);

        agent.apply(stream.agentSnapshot("2001", AgentState.NOT_READY));
        assertThat(agent.pendingState()).isNull();
    }

    @Test
    void loggingOutEndsTheSessionTime() {
        agent.apply(stream.agent("2001", AgentState.NOT_READY, 0));
        agent.apply(stream.agent("2001", AgentState.LOGOUT, 7));

        assertThat(agent.loggedInSince()).isNull();
        assertThat(agent.reasonCode()).isEqualTo(7);
    }

    @Test
    void afterFailoverAReservedAgentIsAvailable() {
        agent.apply(stream.agent("2001", AgentState.AVAILABLE, 0));

        agent.apply(stream.agentSnapshot("2001", AgentState.RESERVED));

        assertThat(agent.state()).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void afterFailoverAnAgentInWrapUpReturnsToItsStateBeforeTheCall() {
        agent.apply(stream.agent("2001", AgentState.NOT_READY, 0));
        agent.apply(stream.agent("2001", AgentState.TALKING, 0));
        agent.apply(stream.agent("2001", AgentState.WORK_READY, 0));

        agent.apply(stream.agentSnapshot("2001", AgentState.WORK_READY));

        assertThat(agent.state()).as("it was not ready before the call").isEqualTo(AgentState.NOT_READY);
    }

    @Test
    void withoutAKnownStateBeforeTheCallWrapUpMapsToItsReadiness() {
        Agent unknown = new Agent("1002", stream.now());
        unknown.apply(stream.agentSnapshot("2002", AgentState.WORK_NOT_READY));
        assertThat(unknown.state()).isEqualTo(AgentState.NOT_READY);

        Agent other = new Agent("1003", stream.now());
        other.apply(stream.agentSnapshot("2003", AgentState.WORK_READY));
        assertThat(other.state()).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void aSnapshotConfirmingTheStateKeepsTheReasonAndItsStartTime() {
        AgentChange.StateChanged notReady = stream.agent("2001", AgentState.NOT_READY, 12);
        agent.apply(notReady);

        AgentChange.Resynchronised snapshot = stream.agentSnapshot("2001", AgentState.NOT_READY);
        agent.apply(snapshot);

        assertThat(agent.reasonCode()).isEqualTo(12);
        assertThat(agent.stateSince()).isEqualTo(notReady.occurrence().at());
    }

    @Test
    void aSnapshotOlderThanTheLastEventIsIgnored() {
        AgentChange.Resynchronised snapshot = stream.agentSnapshot("2001", AgentState.LOGOUT);
        agent.apply(stream.agent("2001", AgentState.AVAILABLE, 0));

        assertThat(agent.apply(snapshot)).isFalse();
        assertThat(agent.state()).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void configurationSetsTheTeamAndAddsSkillGroupsInTheAgentsStateWithoutLosingReportedStates() {
        agent.apply(stream.agent("2001", AgentState.AVAILABLE, 0, 1));

        agent.configure("2001", 3, true, List.of(1L, 4L));

        assertThat(agent.teamId()).isEqualTo(3);
        assertThat(agent.supervisor()).isTrue();
        assertThat(agent.skillGroups()).containsExactlyInAnyOrder(new AgentSkillGroup(1, AgentState.AVAILABLE),
                new AgentSkillGroup(4, AgentState.AVAILABLE));
    }

    @Test
    void anEventKeepsTheSkillGroupsItReportsWithTheirStatesAndDropsTheOthers() {
        agent.apply(stream.agent("2001", AgentState.AVAILABLE, 0, 1, 2));

        agent.apply(stream.agent("2001", AgentState.NOT_READY, 0, 2, 3));

        assertThat(agent.skillGroups()).containsExactlyInAnyOrder(new AgentSkillGroup(2, AgentState.NOT_READY),
                new AgentSkillGroup(3, AgentState.NOT_READY));
    }
}
