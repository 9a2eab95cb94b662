package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

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
}
