package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventStreamServletTest {

    @Test
    void theStreamAnswersRequestsThatAcceptAnEventStream() {
        assertThat(EventStreamServlet.acceptsEventStream(null)).isTrue();
        assertThat(EventStreamServlet.acceptsEventStream("text/event-stream")).isTrue();
        assertThat(EventStreamServlet.acceptsEventStream("application/json, text/*;q=0.5")).isTrue();
        assertThat(EventStreamServlet.acceptsEventStream("*/*")).isTrue();
    }

    @Test
    void aRequestThatAcceptsNoEventStreamIsRefused() {
        assertThat(EventStreamServlet.acceptsEventStream("application/json")).isFalse();
        assertThat(EventStreamServlet.acceptsEventStream("text/event-stream;q=0, application/json")).isFalse();
    }

    @Test
    void aLastEventIdThatIsNoNumberOfOursStartsFromASnapshot() {
        assertThat(EventStreamServlet.eventId(" 1795871043731000 ")).isEqualTo(1_795_871_043_731_000L);
        assertThat(EventStreamServlet.eventId("abc")).isNull();
        assertThat(EventStreamServlet.eventId("")).isNull();
        assertThat(EventStreamServlet.eventId(null)).isNull();
    }

    @Test
    void aTeamIdIsATeamsNumber() {
        assertThat(EventStreamServlet.teamNumber("1")).isEqualTo(1);
        assertThat(EventStreamServlet.teamNumber(" 42 ")).isEqualTo(42);
        for (String malformed : new String[] {"", "one", "1.5", "1;agent:1001", "99999999999"}) {
            assertThatThrownBy(() -> EventStreamServlet.teamNumber(malformed)).as(malformed)
                    .isInstanceOf(InvalidEventFilterException.class).hasMessageContaining("teamId must be");
        }
    }
}
