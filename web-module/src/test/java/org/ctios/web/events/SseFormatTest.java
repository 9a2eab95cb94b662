package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseFormatTest {

    @Test
    void anEventIsItsNameIdAndDataLinesThenABlankLine() {
        byte[] bytes = SseFormat.event(new StreamEvent(42, "AgentState", "{\"agentId\":\"1001\",\"name\":\"Zoë\"}",
                null));

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("event: AgentState\nid: 42\ndata: {\"agentId\":\"1001\",\"name\":\"Zoë\"}\n\n");
    }

    @Test
    void dataOfSeveralLinesIsSentAsSeveralDataLines() {
        String text = new String(SseFormat.event(new StreamEvent(7, "snapshot", "a\nb\r\nc", null)),
                StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("event: snapshot\nid: 7\ndata: a\ndata: b\ndata: c\n\n");
    }

    @Test
    void aHeartbeatIsACommentAlone() {
        assertThat(new String(SseFormat.heartbeat(), StandardCharsets.UTF_8)).isEqualTo(": heartbeat\n\n");
    }
}
