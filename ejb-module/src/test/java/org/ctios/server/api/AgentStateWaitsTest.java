package org.ctios.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.events.AgentStateNotice;
import org.junit.jupiter.api.Test;

class AgentStateWaitsTest {

    private final AgentStateWaits waits = new AgentStateWaits();

    private static AgentStateNotice notice(String agentId, AgentState state) {
        return new AgentStateNotice(agentId, state, 0, Instant.EPOCH, false);
    }

    @Test
    void aNoticeOfTheExpectedStateEndsTheWaitEvenWhenItCameBeforeTheWaitBegan() {
        try (AgentStateWaits.Expectation expectation = waits.expect("1001", state -> state == AgentState.AVAILABLE)) {
            waits.applied(notice("1001", AgentState.AVAILABLE));

            assertThat(expectation.await(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(waits.pending()).isZero();
    }

    @Test
    void anotherStateOrAnotherAgentDoesNotEndItAndTheWaitIsBounded() {
        try (AgentStateWaits.Expectation expectation = waits.expect("1001", state -> state == AgentState.AVAILABLE)) {
            waits.applied(notice("1001", AgentState.NOT_READY));
            waits.applied(notice("1002", AgentState.AVAILABLE));

            assertThat(expectation.await(Duration.ofMillis(50))).isFalse();
        }
    }

    @Test
    void pastTheLimitARequestDoesNotWaitAndLeavesNothingBehind() {
        List<AgentStateWaits.Expectation> held = new ArrayList<>();
        for (int i = 0; i < AgentStateWaits.MAX_PENDING; i++) {
            held.add(waits.expect("agent" + i, state -> true));
        }
        try (AgentStateWaits.Expectation overflow = waits.expect("1001", state -> true)) {
            waits.applied(notice("1001", AgentState.AVAILABLE));
            assertThat(overflow.await(Duration.ofMillis(10))).isFalse();
        }
        assertThat(waits.pending()).isEqualTo(AgentStateWaits.MAX_PENDING);
        held.forEach(AgentStateWaits.Expectation::close);
        assertThat(waits.pending()).isZero();
    }
}
