package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventStreamSettingsTest {

    private static EventStreamSettings settings(int streamQueueLimit, int dispatchBatchSize) {
        EventStreamSettings settings = new EventStreamSettings();
        settings.streamQueueLimit = streamQueueLimit;
        settings.dispatchBatchSize = dispatchBatchSize;
        return settings;
    }

    @Test
    void aStreamQueueThatHoldsTwoBatchesIsAccepted() {
        assertThat(settings(1000, 500).dispatchBatchSize()).isEqualTo(500);
    }

    @Test
    void aStreamQueueShorterThanTwoBatchesIsRefusedWithBothSettingsNamed() {
        assertThatThrownBy(() -> settings(20, 500).dispatchBatchSize()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ctios.events.stream-queue-limit (20)")
                .hasMessageContaining("ctios.events.dispatch-batch-size (500)");
    }

    @Test
    void anEmptyBatchIsRefused() {
        assertThatThrownBy(() -> settings(1000, 0).dispatchBatchSize()).isInstanceOf(IllegalStateException.class);
    }
}
