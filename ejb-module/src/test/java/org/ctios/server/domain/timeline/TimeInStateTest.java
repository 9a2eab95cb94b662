package org.ctios.server.domain.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.stream.EventStamp;
import org.junit.jupiter.api.Test;

/** A day of one agent's timeline summed by kind of state and by not-ready reason. */
class TimeInStateTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-12-07T00:00:00Z");
    private static final Instant NEXT_MIDNIGHT = MIDNIGHT.plus(Duration.ofDays(1));
    private long sequence;

    private AgentStateEntry line(AgentState state, int reason, String time) {
        return new AgentStateEntry("1001", EventStamp.of(1, ++sequence), state, reason,
                Instant.parse("2026-12-07T" + time + "Z"));
    }

    @Test
    void aDayOfSeveralStatesAndReasons() {
        List<AgentStateEntry> day = List.of(
                line(AgentState.NOT_READY, 0, "08:00:00"),
                line(AgentState.AVAILABLE, 0, "08:05:00"),
                line(AgentState.RESERVED, 0, "08:20:00"),
                line(AgentState.TALKING, 0, "08:20:10"),
                line(AgentState.HOLD, 0, "08:25:10"),
                line(AgentState.TALKING, 0, "08:26:10"),
                line(AgentState.WORK_READY, 0, "08:30:10"),
                line(AgentState.AVAILABLE, 0, "08:31:10"),
                line(AgentState.NOT_READY, 2, "10:00:00"),
                line(AgentState.AVAILABLE, 0, "10:15:00"),
                line(AgentState.NOT_READY, 5, "12:00:00"),
                line(AgentState.NOT_READY, 2, "12:45:00"),
                line(AgentState.LOGOUT, 0, "13:00:00"));

        TimeInState sums = TimeInState.of(MIDNIGHT, NEXT_MIDNIGHT, null, day, NEXT_MIDNIGHT.plusSeconds(60));

        assertThat(sums.loggedIn()).isEqualTo(Duration.ofHours(5));
        assertThat(sums.talking()).as("talking and held").isEqualTo(Duration.ofMinutes(10));
        assertThat(sums.wrapUp()).isEqualTo(Duration.ofMinutes(1));
        assertThat(sums.other()).as("reserved").isEqualTo(Duration.ofSeconds(10));
        assertThat(sums.notReady()).isEqualTo(Duration.ofMinutes(5 + 15 + 45 + 15));
        assertThat(sums.notReadyByReason()).isEqualTo(Map.of(0, Duration.ofMinutes(5), 2, Duration.ofMinutes(30),
                5, Duration.ofMinutes(45)));
        assertThat(sums.ready()).isEqualTo(Duration.ofMinutes(15).plus(Duration.ofSeconds(90 * 60 - 70))
                .plus(Duration.ofMinutes(105)));
        assertThat(sums.ready().plus(sums.notReady()).plus(sums.talking()).plus(sums.wrapUp()).plus(sums.other()))
                .as("every logged-in second in one kind").isEqualTo(sums.loggedIn());
    }

    @Test
    void theStateInEffectAtTheStartCountsFromTheStartAndTheLastLineUntilNow() {
        AgentStateEntry yesterday = new AgentStateEntry("1001", EventStamp.of(1, 1), AgentState.NOT_READY, 3,
                Instant.parse("2026-12-06T22:00:00Z"));
        List<AgentStateEntry> today = List.of(line(AgentState.AVAILABLE, 0, "01:00:00"));

        TimeInState sums = TimeInState.of(MIDNIGHT, NEXT_MIDNIGHT, yesterday, today,
                Instant.parse("2026-12-07T01:30:00Z"));

        assertThat(sums.notReadyByReason()).isEqualTo(Map.of(3, Duration.ofHours(1)));
        assertThat(sums.ready()).as("until now, not the end of the day").isEqualTo(Duration.ofMinutes(30));
        assertThat(sums.loggedIn()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aPeriodWithNoLineAndNoStateBeforeItIsEmpty() {
        TimeInState sums = TimeInState.of(MIDNIGHT, NEXT_MIDNIGHT, null, List.of(), NEXT_MIDNIGHT);

        assertThat(sums.loggedIn()).isZero();
        assertThat(sums.notReadyByReason()).isEmpty();
    }
}
