package org.ctios.web.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.server.api.view.AgentStatisticsReading;
import org.junit.jupiter.api.Test;

/** Every figure of QUERY_AGENT_STATISTICS_CONF appears once under its own plain name, with the reading's age. */
class AgentStatisticsRepresentationTest {

    @Test
    void everyStatisticHasItsOwnName() {
        assertThat(Stream.of(AgentStatistic.values()).map(AgentStatisticsRepresentation::nameOf))
                .doesNotContainNull().doesNotHaveDuplicates().hasSize(42);
    }

    @Test
    void figuresKeepTheirPeriodAndTheAnswerSaysHowOldTheyAre() {
        Instant readAt = Instant.parse("2026-12-07T09:00:00Z");
        AgentStatisticsReading reading = new AgentStatisticsReading("1001", readAt,
                Map.of(AgentStatistic.HANDLED_CALLS, 3L, AgentStatistic.HANDLED_CALLS_AFTER_CALL_TIME, 40L),
                Map.of(AgentStatistic.HANDLED_CALLS, 7L));

        AgentStatisticsRepresentation shown = AgentStatisticsRepresentation.of(reading, Duration.ofSeconds(30),
                readAt.plusSeconds(12));

        assertThat(shown.ageSeconds()).isEqualTo(12);
        assertThat(shown.refreshSeconds()).isEqualTo(30);
        assertThat(shown.sinceLogin()).containsEntry("handledCalls", 3L).containsEntry("handledWrapUpSeconds", 40L)
                .containsEntry("emergencyCalls", 0L).hasSize(42);
        assertThat(shown.today()).containsEntry("handledCalls", 7L).containsEntry("handledWrapUpSeconds", 0L);
    }
}
