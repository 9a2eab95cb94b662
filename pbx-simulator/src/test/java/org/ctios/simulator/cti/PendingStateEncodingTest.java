package org.ctios.simulator.cti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.scenario.AgentMode;
import org.ctios.simulator.scenario.AgentProfile;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.SkillGroupProfile;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.Test;

/** A state asked for during a call travels as AGENT_STATE_EVENT's NextAgentState, with its reason code. */
class PendingStateEncodingTest {

    private final EventEncoder encoder = new EventEncoder(new Scenario("test", 5000,
            List.of(new SkillGroupProfile(1, 101, "Sales", "7001")), List.of(),
            List.of(new AgentProfile("1001", "2001", null, "1001", List.of(1), null, false, AgentMode.CONTROLLED)),
            new TrafficProfile(0, Map.of(), Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(10),
                    Duration.ofSeconds(300), Duration.ofSeconds(15))));

    private static AgentView talking(AgentState pending, int pendingReason) {
        return new AgentView("1001", "2001", "2001", List.of(1), 1, false, AgentMode.CONTROLLED, AgentState.TALKING,
                0, Instant.EPOCH, List.of(7L), 3, pending, pendingReason);
    }

    @Test
    void aPendingNotReadyIsTheNextStateAndTheEventsReasonIsItsReason() {
        AgentStateEvent event = encoder.agentState(talking(AgentState.NOT_READY, 5));

        assertThat(event.agentState()).isEqualTo(AgentState.TALKING.wire());
        assertThat(event.nextAgentState()).isEqualTo(AgentState.NOT_READY.wire());
        assertThat(event.eventReasonCode()).isEqualTo(5);
    }

    @Test
    void withNothingPendingTheEventHasNoNextState() {
        AgentStateEvent event = encoder.agentState(talking(null, 0));

        assertThat(event.nextAgentState()).isNull();
        assertThat(event.eventReasonCode()).isZero();
    }
}
