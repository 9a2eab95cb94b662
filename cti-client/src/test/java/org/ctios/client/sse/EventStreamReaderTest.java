package org.ctios.client.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventStreamReaderTest {

    private final AtomicInteger lines = new AtomicInteger();

    private EventStreamReader reader(String text, int maxEventBytes) {
        return new EventStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxEventBytes,
                lines::incrementAndGet);
    }

    @Test
    void eventsWithNamesIdsAndDataOfSeveralLinesInEveryLineEnding() throws IOException {
        EventStreamReader reader = reader("event: snapshot\nid: 7\ndata: {\"a\":\ndata: 1}\n\n"
                + ": heartbeat\r\n\r\n" + "event:AgentState\r\ndata: x\r\rdata: é\n\n", 1024);
        assertThat(reader.next()).isEqualTo(new ServerSentEvent("snapshot", "7", "{\"a\":\n1}"));
        assertThat(reader.next()).isEqualTo(new ServerSentEvent("AgentState", "7", "x"));
        assertThat(reader.next()).isEqualTo(new ServerSentEvent("message", "7", "é"));
        assertThat(reader.next()).isNull();
        assertThat(lines.get()).as("every line, heartbeats included, counts as activity").isEqualTo(12);
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsNotDispatched() throws IOException {
        assertThat(reader("event: CallEnded\ndata: {}\n", 1024).next()).isNull();
    }

    @Test
    void anEventLongerThanTheLimitFailsTheRead() {
        String big = "data: " + "x".repeat(200) + "\n\n";
        assertThatThrownBy(() -> reader(big, 100).next()).isInstanceOf(IOException.class)
                .hasMessageContaining("longer than 100 bytes");
        String manyLines = "data: " + "x".repeat(40) + "\n" + "data: " + "x".repeat(40) + "\n"
                + "data: " + "x".repeat(40) + "\n\n";
        assertThatThrownBy(() -> reader(manyLines, 100).next()).isInstanceOf(IOException.class);
    }
}
