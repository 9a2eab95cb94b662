package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTextTest {

    private static final String METRICS = """
            # HELP ctios_events_rolled_back_total Deliveries rolled back
            # TYPE ctios_events_rolled_back_total counter
            ctios_events_rolled_back_total{mp_scope="application",type="AgentStateChanged"} 3.0
            ctios_events_rolled_back_total{mp_scope="application",type="CallDelivered"} 2
            ctios_events_rolled_back_total_other{mp_scope="application"} 100
            ctios_event_streams_active{mp_scope="application"} 2201.0
            ctios_link_connected 1
            """;

    @Test
    void addsEverySeriesOfTheMetric() {
        assertThat(MetricsText.sum(METRICS, "ctios_events_rolled_back_total")).isEqualTo(5.0);
        assertThat(MetricsText.sum(METRICS, "ctios_event_streams_active")).isEqualTo(2201.0);
        assertThat(MetricsText.sum(METRICS, "ctios_link_connected")).as("without tags").isEqualTo(1.0);
    }

    @Test
    void aMetricWithoutSeriesIsZero() {
        assertThat(MetricsText.sum(METRICS, "ctios_event_streams_dropped_total")).isZero();
    }
}
