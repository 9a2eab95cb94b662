package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.scenario.AgentMode;
import org.junit.jupiter.api.Test;

class SwitchEmissionsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SwitchEmissions emissions = new SwitchEmissions(nanos::get);

    private static AcdEvent.AgentStateChanged changed(String agentId, AgentState state) {
        return new AcdEvent.AgentStateChanged(Instant.EPOCH, new AgentView(agentId, "2" + agentId.substring(1),
                null, List.of(1), null, false, AgentMode.SIMULATED, state, 0, Instant.EPOCH, List.of(), 1));
    }

    private static String streamEvent(String agentId, String state) {
        return "{\"agentId\":\"" + agentId + "\",\"reconciled\":false,\"agent\":{\"id\":\"" + agentId
                + "\",\"state\":\"" + state + "\",\"stateSince\":\"2026-11-28T15:00:00Z\"}}";
    }

    @Test
    void timesAStreamEventFromTheSwitchChangeItReports() {
        emissions.onEvents(List.of(changed("1001", AgentState.TALKING)));
        nanos.addAndGet(3_500_000);

        assertThat(emissions.delayMicros("AgentState", streamEvent("1001", "TALKING"))).isEqualTo(3_500);
    }

    @Test
    void passesOverChangesTheStreamDidNotReportAndMatchesEachChangeOnce() {
        emissions.onEvents(List.of(changed("1001", AgentState.TALKING), changed("1002", AgentState.AVAILABLE)));
        nanos.addAndGet(1_000_000);
        emissions.onEvents(List.of(changed("1001", AgentState.WORK_READY)));
        nanos.addAndGet(2_000_000);

        assertThat(emissions.delayMicros("AgentState", streamEvent("1001", "WORK_READY"))).isEqualTo(2_000);
        assertThat(emissions.delayMicros("AgentState", streamEvent("1001", "TALKING")))
                .as("passed over, so no longer pending").isEqualTo(EventDelay.NOT_TIMED);
        assertThat(emissions.delayMicros("AgentState", streamEvent("1002", "AVAILABLE"))).isEqualTo(3_000);
        assertThat(emissions.delayMicros("CallDelivered", "{\"callId\":\"7\"}")).isEqualTo(EventDelay.NOT_TIMED);
        assertThat(emissions.delayMicros("AgentState", streamEvent("1003", "AVAILABLE")))
                .isEqualTo(EventDelay.NOT_TIMED);
    }

    @Test
    void keepsABoundedNumberOfUnmatchedChangesPerAgent() {
        emissions.onEvents(List.of(changed("1001", AgentState.NOT_READY)));
        for (int i = 0; i < SwitchEmissions.PENDING_PER_AGENT; i++) {
            emissions.onEvents(List.of(changed("1001", AgentState.AVAILABLE)));
        }

        assertThat(emissions.delayMicros("AgentState", streamEvent("1001", "NOT_READY")))
                .as("the oldest change was dropped").isEqualTo(EventDelay.NOT_TIMED);
    }

    @Test
    void saysWhichAgentsChangedRecently() {
        emissions.onEvents(List.of(changed("1001", AgentState.AVAILABLE)));
        nanos.addAndGet(400_000_000);

        assertThat(emissions.agentChangedWithin("1001", 500_000_000)).isTrue();
        assertThat(emissions.agentChangedWithin("1001", 300_000_000)).isFalse();
        assertThat(emissions.agentChangedWithin("1002", 500_000_000)).isFalse();
    }
}
