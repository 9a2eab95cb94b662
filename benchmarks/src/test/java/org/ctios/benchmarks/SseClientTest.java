package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How a benchmark client reads a stream: events counted, restarts noticed, AgentState delays measured. */
class SseClientTest {

    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00.100Z");

    private final SseClient client = new SseClient(3, HttpClient.newHttpClient(), URI.create("http://127.0.0.1:1/"),
            "Basic x", new StateSinceDelay(Clock.fixed(NOW, ZoneOffset.UTC)));

    private static String agentState(long id, String since) {
        return "id: " + id + "\nevent: AgentState\ndata: {\"agentId\":\"1001\",\"reconciled\":false,\"agent\":{\"id\":"
                + "\"1001\",\"state\":\"AVAILABLE\",\"stateSince\":\"" + since + "\",\"loggedInSince\":\"2026-11-28T"
                + "08:00:00Z\"}}\n\n";
    }

    private void read(String stream) throws Exception {
        client.read(new BufferedReader(new StringReader(stream)));
    }

    @Test
    void countsEventsAndMeasuresAgentStateDelays() throws Exception {
        read("id: 1\nevent: snapshot\ndata: {\"agents\":[],\"calls\":[]}\n\n"
                + ": heartbeat\n\n"
                + agentState(2, "2026-11-28T15:00:00.090Z")
                + "id: 3\nevent: CallDelivered\ndata: {\"callId\":\"7\"}\n\n"
                + agentState(4, "2026-11-28T15:00:00.070Z")
                + agentState(5, "2026-11-28T15:00:00.099500Z"));

        SseClientFigures figures = client.figures();
        assertThat(figures.client()).isEqualTo(3);
        assertThat(figures.events()).as("a heartbeat comment is no event").isEqualTo(5);
        assertThat(figures.snapshots()).isEqualTo(1);
        assertThat(figures.restarted()).isFalse();
        assertThat(figures.timedEvents()).isEqualTo(3);
        assertThat(figures.p50Millis()).isEqualTo(10.0);
        assertThat(figures.p99Millis()).isEqualTo(30.0);
        assertThat(figures.maxMillis()).isEqualTo(30.0);
        assertThat(client.started()).isTrue();
    }

    @Test
    void aSecondSnapshotIsARestart() throws Exception {
        read("id: 1\nevent: snapshot\ndata: {}\n\n");
        read("id: 9\nevent: snapshot\ndata: {}\n\n");

        assertThat(client.figures().restarted()).isTrue();
        assertThat(client.figures().snapshots()).isEqualTo(2);
    }

    @Test
    void onceMeasuredOnlyWhatFollowsCountsAndAnySnapshotIsARestart() throws Exception {
        read("id: 1\nevent: snapshot\ndata: {}\n\n" + agentState(2, "2026-11-28T15:00:00.000Z"));
        client.startMeasuring();
        read(agentState(3, "2026-11-28T15:00:00.090Z"));

        assertThat(client.figures().events()).isEqualTo(1);
        assertThat(client.figures().p99Millis()).isEqualTo(10.0);
        assertThat(client.figures().restarted()).isFalse();

        read("id: 9\nevent: snapshot\ndata: {}\n\n");
        assertThat(client.figures().restarted()).isTrue();
    }

    @Test
    void noEventsNoDelays() {
        SseClientFigures figures = client.figures();

        assertThat(figures.events()).isZero();
        assertThat(figures.p99Millis()).isZero();
        assertThat(client.started()).isFalse();
    }
}
