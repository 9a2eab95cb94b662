package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplyMetricsTest {

    private final EventStream stream = new EventStream(1_000, Instant.parse("2026-11-28T08:00:00Z"));
    private ModelHarness model;

    @BeforeEach
    void start() {
        model = new ModelHarness();
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void countsEachEventOfACommittedBatchByTypeWithItsLatency() {
        List<CtiEvent> batch = List.of(stream.agent("1001", "2001", AgentState.AVAILABLE, 0),
                stream.begun(100_001, "0611", "5000"), stream.delivered(100_001, "2001", 7));

        model.run(services -> services.events().applyAll(batch));

        assertThat(model.metrics().received("AgentStateChanged")).isEqualTo(1);
        assertThat(model.metrics().applied("AgentStateChanged")).isEqualTo(1);
        assertThat(model.metrics().applied("CallBegun")).isEqualTo(1);
        assertThat(model.metrics().applied("CallDelivered")).isEqualTo(1);
        assertThat(model.metrics().rolledBack("CallDelivered")).isZero();
        // One commit time for the batch: each latency is that time minus when the connector read the event.
        List<Duration> latencies = model.metrics().latencies();
        assertThat(latencies).hasSize(3);
        for (int i = 1; i < batch.size(); i++) {
            Duration readApart = Duration.between(batch.get(i - 1).origin().receivedAt(),
                    batch.get(i).origin().receivedAt());
            assertThat(latencies.get(i - 1).minus(latencies.get(i))).isEqualTo(readApart);
        }
    }

    @Test
    void countsTheEventsOfARolledBackBatchAsRolledBackNotApplied() {
        CtiEvent event = stream.agent("1001", "2001", AgentState.AVAILABLE, 0);

        assertThatThrownBy(() -> model.run(services -> {
            services.events().applyAll(List.of(event));
            throw new IllegalStateException("the delivery failed after applying");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(model.metrics().received("AgentStateChanged")).isEqualTo(1);
        assertThat(model.metrics().applied("AgentStateChanged")).isZero();
        assertThat(model.metrics().rolledBack("AgentStateChanged")).isEqualTo(1);
        assertThat(model.statistics().figures(false).rolledBack()).isEqualTo(1);
    }
}
