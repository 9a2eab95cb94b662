package org.ctios.server.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.LinkStatusChanged;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.junit.jupiter.api.Test;

class MicroProfileApplyMetricsTest {

    @Test
    void hasACounterForEveryConcreteEventTypeAndNoneForTheInterfaces() {
        List<Class<?>> types = new ArrayList<>();
        MicroProfileApplyMetrics.concreteEventTypes().forEach(types::add);

        assertThat(types).contains(AgentStateChanged.class, CallDelivered.class, CallEnded.class,
                LinkStatusChanged.class, SnapshotCompleted.class);
        assertThat(types).allSatisfy(type -> {
            assertThat(type.isInterface()).as("%s is an interface", type).isFalse();
            assertThat(CtiEvent.class.isAssignableFrom(type)).isTrue();
        });
        assertThat(types).doesNotHaveDuplicates();
    }
}
