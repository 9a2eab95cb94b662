package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.acd.AcdEvent.PeripheralStatusChanged;
import org.junit.jupiter.api.Test;

/** Holding switch events back: nothing is lost, nothing reordered, and a hold cannot grow without bound. */
class EventHoldTest {

    private final List<AcdEvent> sent = new ArrayList<>();
    private final EventHold hold = new EventHold(sent::addAll);

    private static List<AcdEvent> events(int from, int count) {
        return IntStream.range(from, from + count)
                .<AcdEvent>mapToObj(i -> new PeripheralStatusChanged(Instant.ofEpochSecond(i), true)).toList();
    }

    @Test
    void withoutAHoldEventsGoStraightOn() {
        hold.offer(events(0, 2));
        assertThat(sent).isEqualTo(events(0, 2));
    }

    @Test
    void heldEventsAreSentInOrderWhenTheHoldEnds() {
        hold.start();
        hold.offer(events(0, 2));
        hold.offer(events(2, 3));
        assertThat(sent).isEmpty();

        assertThat(hold.release()).isEqualTo(5);
        assertThat(sent).isEqualTo(events(0, 5));
        hold.offer(events(5, 1));
        assertThat(sent).as("after the hold, each as it happens").isEqualTo(events(0, 6));
    }

    @Test
    void reachingTheLimitEndsTheHold() {
        hold.start();
        hold.offer(events(0, EventHold.MAX_HELD_EVENTS - 1));
        assertThat(sent).isEmpty();
        hold.offer(events(EventHold.MAX_HELD_EVENTS - 1, 1));
        assertThat(sent).hasSize(EventHold.MAX_HELD_EVENTS);
        hold.offer(events(EventHold.MAX_HELD_EVENTS, 1));
        assertThat(sent).hasSize(EventHold.MAX_HELD_EVENTS + 1);
    }
}
