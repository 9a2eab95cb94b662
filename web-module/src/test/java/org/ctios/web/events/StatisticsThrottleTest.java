package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsThrottleTest {

    private final StatisticsThrottle throttle = new StatisticsThrottle(Duration.ofSeconds(1), 3);

    @Test
    void aFirstChangeIsDueAtOnce() {
        throttle.changed(List.of(2L, 1L));

        assertThat(throttle.due(10_000)).containsExactly(1L, 2L);
        assertThat(throttle.due(10_001)).as("nothing changed since").isEmpty();
    }

    @Test
    void changesWithinTheIntervalAreCoalescedAndSentAtItsEnd() {
        throttle.changed(List.of(1L));
        assertThat(throttle.due(10_000)).containsExactly(1L);

        throttle.changed(List.of(1L));
        assertThat(throttle.due(10_200)).isEmpty();
        throttle.changed(List.of(1L));
        assertThat(throttle.due(10_999)).as("at most one per interval").isEmpty();

        assertThat(throttle.due(11_000)).as("the last change, at the end of the interval").containsExactly(1L);
        assertThat(throttle.due(12_500)).as("once").isEmpty();
    }

    @Test
    void eachGroupHasItsOwnInterval() {
        throttle.changed(List.of(1L));
        assertThat(throttle.due(10_000)).containsExactly(1L);
        throttle.changed(List.of(1L, 2L));

        assertThat(throttle.due(10_500)).as("group 2 was not sent lately").containsExactly(2L);
        assertThat(throttle.due(11_000)).containsExactly(1L);
    }

    @Test
    void aGroupQuietForAnIntervalIsDueAtOnceAgain() {
        throttle.changed(List.of(1L));
        throttle.due(10_000);

        throttle.changed(List.of(1L));
        assertThat(throttle.due(15_000)).containsExactly(1L);
    }

    @Test
    void forgottenChangesAreNotSent() {
        throttle.changed(List.of(1L));
        throttle.forgetChanges();

        assertThat(throttle.due(10_000)).isEmpty();
    }

    @Test
    void changesBeyondTheLimitOfGroupsAreDroppedAndSaidOnce() {
        throttle.changed(List.of(1L, 2L, 3L, 4L));
        throttle.changed(List.of(3L));

        assertThat(throttle.overflowed()).isTrue();
        assertThat(throttle.overflowed()).isFalse();
        assertThat(throttle.due(10_000)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusesANonPositiveInterval() {
        assertThatThrownBy(() -> new StatisticsThrottle(Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
