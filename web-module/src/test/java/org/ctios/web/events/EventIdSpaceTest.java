package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Servers that start together and number the same events (a cluster) give out ids so far apart that neither
 * resumes a client of the other, which ids started from the clock did not guarantee.
 */
class EventIdSpaceTest {

    private static final Executor NO_WRITERS = command -> { };
    private static final EventRouting ROUTING = new EventRouting("AgentState", Set.of(), Set.of(), Set.of());

    @Test
    void serversOfAClusterNeverResumeEachOthersClients() {
        Random random = new Random(29);
        for (int pair = 0; pair < 20; pair++) {
            EventHub first = hub(EventIdSpace.firstId(random));
            EventHub second = hub(EventIdSpace.firstId(random));
            for (int i = 0; i < 6_000; i++) {
                first.publish("AgentState", "{}", ROUTING);
                second.publish("AgentState", "{}", ROUTING);
            }

            assertThat(second.open(EventFilter.everything(), first.lastId(), filter -> "{}",
                    new EventHubTest.RecordingSink(true))).isEqualTo(EventHub.Start.SNAPSHOT);
            assertThat(second.open(EventFilter.everything(), second.lastId() - 10, filter -> "{}",
                    new EventHubTest.RecordingSink(true))).as("its own client resumes").isEqualTo(EventHub.Start.RESUMED);
        }
    }

    @Test
    void firstIdsArePositiveAndLeaveRoomForTheEvents() {
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(EventIdSpace.firstId(random)).isBetween(1L, EventIdSpace.LIMIT - 1);
        }
    }

    private static EventHub hub(long firstId) {
        return new EventHub(new EventHub.Limits(5_000, 10, 10, Duration.ofSeconds(30)), firstId, NO_WRITERS);
    }
}
