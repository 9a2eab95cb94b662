package org.ctios.server.application.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.view.AgentStateChangeView;
import org.ctios.server.api.view.TimeInStateView;
import org.ctios.server.api.view.TimelinePage;
import org.ctios.server.infrastructure.persistence.JpaAgentTimeline;
import org.ctios.server.testing.EventStream;
import org.ctios.server.testing.ModelHarness;
import org.ctios.server.testing.OneTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each change of an agent's state is written with the events that report it, and summed back by kind. */
class AgentTimelineTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-12-07T00:00:00Z");

    private ModelHarness model;

    @BeforeEach
    void start() throws Exception {
        model = OneTeam.of(START, "1001", "1002");
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private <T> T read(Instant now, Function<AgentTimelineQueries, T> query) {
        return model.inTransaction(services -> query.apply(new AgentTimelineQueries(
                new JpaAgentTimeline(services.entityManager()), services.agents(), Clock.fixed(now, ZoneOffset.UTC))));
    }

    @Test
    void everyChangeOfStateOrReasonIsALineAndTheDayIsSummedByKind() {
        // one second between events, as the stream makes them: 08:00:01, :02, ...
        EventStream stream = new EventStream(1_000, START);
        model.applyInOneBatch(
                stream.agent("1001", "2001", AgentState.NOT_READY, 0, 1),
                stream.agent("1001", "2001", AgentState.NOT_READY, 0, 1),
                stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1),
                stream.agent("1002", "2002", AgentState.NOT_READY, 0, 1),
                stream.agent("1001", "2001", AgentState.TALKING, 0, 1));
        model.apply(
                stream.agent("1001", "2001", AgentState.WORK_READY, 0, 1),
                stream.agent("1001", "2001", AgentState.NOT_READY, 6, 1),
                stream.agent("1001", "2001", AgentState.NOT_READY, 6, 1),
                stream.agent("1001", "2001", AgentState.NOT_READY, 2, 1),
                stream.agent("1001", "2001", AgentState.LOGOUT, 0, 1));
        Instant later = START.plus(Duration.ofHours(1));

        TimelinePage page = read(later, q -> q.timeline("1001", MIDNIGHT, later, 0, 50));
        TimeInStateView day = read(later, q -> q.timeInState("1001", MIDNIGHT, MIDNIGHT.plus(Duration.ofDays(1))));

        assertThat(page.entries()).extracting(AgentStateChangeView::state).as("repeats of a state are no change")
                .containsExactly(AgentState.NOT_READY, AgentState.AVAILABLE, AgentState.TALKING,
                        AgentState.WORK_READY, AgentState.NOT_READY, AgentState.NOT_READY, AgentState.LOGOUT);
        assertThat(page.entries()).extracting(AgentStateChangeView::reasonCode).containsExactly(0, 0, 0, 0, 6, 2, 0);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.entries().get(0).enteredAt()).isEqualTo(START.plusSeconds(1));
        // NOT_READY 1..3, AVAILABLE 3..5, TALKING 5..6, WORK_READY 6..7, NOT_READY/6 7..9, NOT_READY/2 9..10
        assertThat(day.loggedIn()).isEqualTo(Duration.ofSeconds(9));
        assertThat(day.ready()).isEqualTo(Duration.ofSeconds(2));
        assertThat(day.talking()).isEqualTo(Duration.ofSeconds(1));
        assertThat(day.wrapUp()).isEqualTo(Duration.ofSeconds(1));
        assertThat(day.notReadyByReason()).isEqualTo(Map.of(0, Duration.ofSeconds(2), 6, Duration.ofSeconds(2),
                2, Duration.ofSeconds(1)));
        TimelinePage other = read(later, q -> q.timeline("1002", MIDNIGHT, later, 0, 50));
        assertThat(other.entries()).hasSize(1);
    }

    @Test
    void pagesAndRangesAreBoundedByTheirArguments() {
        EventStream stream = new EventStream(1_000, START);
        model.apply(stream.agent("1001", "2001", AgentState.NOT_READY, 0, 1),
                stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1),
                stream.agent("1001", "2001", AgentState.NOT_READY, 1, 1));
        Instant later = START.plus(Duration.ofMinutes(1));

        TimelinePage second = read(later, q -> q.timeline("1001", MIDNIGHT, later, 1, 1));
        TimelinePage before = read(later, q -> q.timeline("1001", MIDNIGHT, START.plusSeconds(2), 0, 50));

        assertThat(second.entries()).extracting(AgentStateChangeView::state).containsExactly(AgentState.AVAILABLE);
        assertThat(second.total()).isEqualTo(3);
        assertThat(before.entries()).as("to is exclusive").hasSize(1);
        assertThatThrownBy(() -> read(later, q -> q.timeline("4242", MIDNIGHT, later, 0, 50)))
                .isInstanceOf(UnknownAgentException.class);
    }

    @Test
    void linesOlderThanTheCutoffAreForgotten() {
        EventStream stream = new EventStream(1_000, START);
        model.apply(stream.agent("1001", "2001", AgentState.NOT_READY, 0, 1),
                stream.agent("1001", "2001", AgentState.AVAILABLE, 0, 1));

        Integer deleted = read(START, q -> q.forgetBefore(START.plusSeconds(2)));

        assertThat(deleted).isEqualTo(1);
        TimelinePage kept = read(START, q -> q.timeline("1001", MIDNIGHT, START.plusSeconds(60), 0, 50));
        assertThat(kept.total()).isEqualTo(1);
    }
}
