package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.it.EventStreamClient.Event;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live event streams at /cti/api/events in a real Payara Micro, driven by the simulator: agent and monitor
 * mode, the snapshot, resuming with Last-Event-ID, the drop of a client that stops reading, refused filters and
 * callers, the metrics and the OpenAPI description; and the CDI notices an application deployed beside us observes.
 */
class EventStreamsIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * A bound for the stopped-client test: about 5 times what the server's buffers below the servlet output took in
     * the measured runs (see the README).
     */
    private static final long MAX_EVENTS_UNTIL_DROP = 40_000;
    /** State changes between two waits for the reading client: well below its queue of STREAM_QUEUE_LIMIT. */
    private static final int PACED_CHANGES = 5;

    private final List<EventStreamClient> opened = new ArrayList<>();

    @BeforeEach
    void linkUp() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(rest().get("api/agents/1045").body().get("state").asText()).isEqualTo("AVAILABLE"));
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(EventStreamClient::close);
    }

    private EventStreamClient open(String query, String lastEventId) {
        EventStreamClient client = rest().events("api/events" + query, lastEventId, false);
        opened.add(client);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.contentType()).startsWith("text/event-stream");
        return client;
    }

    private JsonNode probe() {
        return rest().get("api/test/event-streams").body();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    private ConnectionView agentSide(long callId) {
        return simulator.calls().stream().filter(call -> call.callId() == callId)
                .flatMap(call -> call.connections().stream()).filter(c -> c.kind() == DeviceKind.AGENT)
                .findFirst().orElse(null);
    }

    @Test
    void aStreamWhoseAccountGetsANewPasswordEndsWithinSecondsSayingWhyAndTheOldPasswordNoLongerOpensOne() {
        EventStreamClient stream = rest().as("1045", "1045").events("api/events?agentId=1045", null, false);
        opened.add(stream);
        assertThat(stream.next(WAIT).name()).isEqualTo("snapshot");

        long changedAt = System.nanoTime();
        assertThat(rest().as("admin", "admin").put("api/system/users/1045/password",
                "{\"password\": \"a-new-password-1045\"}").status()).isEqualTo(204);

        Event last = stream.next("signed-out", Duration.ofSeconds(10));
        assertThat(Duration.ofNanos(System.nanoTime() - changedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(last.json().get("reason").asText()).contains("password");
        await("the stream ends").atMost(Duration.ofSeconds(10)).until(stream::ended);
        assertThat(rest().as("1045", "1045").get("api/me").status()).isEqualTo(401);
        assertThat(rest().as("1045", "a-new-password-1045").get("api/me").status()).isEqualTo(200);
    }

    @Test
    void agentModeStartsWithTheAgentThenItsStateChangesWithItsButtons() {
        EventStreamClient stream = open("?agentId=1026", null);

        Event snapshot = stream.next(WAIT);
        assertThat(snapshot.name()).isEqualTo("snapshot");
        assertThat(ids(snapshot.json().get("agents"))).containsExactly("1026");
        assertThat(snapshot.json().get("calls")).isEmpty();

        simulator.changeAgentState("1026", AgentState.NOT_READY, 7);

        Event change = stream.next("AgentState", WAIT);
        assertThat(change.id()).isGreaterThan(snapshot.id());
        JsonNode agent = change.json().get("agent");
        assertThat(agent.get("id").asText()).isEqualTo("1026");
        assertThat(agent.get("state").asText()).isEqualTo("NOT_READY");
        assertThat(agent.get("reasonCode").asInt()).isEqualTo(7);
        assertThat(agent.get("enabledActions")).extracting(JsonNode::asText).contains("READY", "LOGOUT");
        await("an idle stream gets heartbeat comments").atMost(Duration.ofSeconds(10))
                .until(() -> stream.heartbeats() > 0);
        simulator.changeAgentState("1026", AgentState.AVAILABLE, 0);
    }

    @Test
    void theAgentACallRingsForGetsItWithItsDataAndSoDoesAnObserverBesideUs() {
        List<String> salesAgents = new ArrayList<>();
        rest().get("api/agents").body().forEach(agent -> {
            List<String> groups = new ArrayList<>();
            agent.get("skillGroups").forEach(group -> groups.add(group.asText()));
            if (groups.contains("1")) {
                salesAgents.add(agent.get("id").asText());
            }
        });
        assertThat(salesAgents).isNotEmpty();
        Map<String, EventStreamClient> streams = new TreeMap<>();
        for (String agentId : salesAgents) {
            EventStreamClient stream = open("?agentId=" + agentId, null);
            assertThat(stream.next(WAIT).name()).isEqualTo("snapshot");
            streams.put(agentId, stream);
        }

        long callId = simulator.injectCall(1, "0611112222", "7001", CallVariables.of("case-4711"), List.of());

        await("the call rings at an agent").atMost(WAIT).until(() -> agentSide(callId) != null);
        ConnectionView agentSide = agentSide(callId);
        String ringing = agentSide.deviceId();
        String agentId = agentSide.agentId();
        Event delivered = streams.get(agentId).next("CallDelivered", WAIT);
        JsonNode data = delivered.json();
        assertThat(data.get("callId").asText()).isEqualTo(String.valueOf(callId));
        assertThat(data.get("agentId").asText()).isEqualTo(agentId);
        assertThat(data.get("device").asText()).isEqualTo(ringing);
        assertThat(data.get("screenPop").get("ani").asText()).isEqualTo("0611112222");
        assertThat(data.get("screenPop").get("dnis").asText()).isEqualTo("7001");
        assertThat(data.get("screenPop").get("callVariables").get("CallVariable1").asText()).isEqualTo("case-4711");
        assertThat(ids(data.get("agents"))).contains(agentId);
        streams.forEach((other, stream) -> {
            if (!other.equals(agentId)) {
                assertThat(stream.received()).as("agent %s's stream", other)
                        .noneMatch(event -> event.data().contains("\"callId\":\"" + callId + "\""));
            }
        });

        await("the observer beside us saw the screen pop").atMost(WAIT).untilAsserted(() -> {
            List<JsonNode> pops = new ArrayList<>();
            rest().get("api/test/screen-pops").body().forEach(pops::add);
            assertThat(pops).anySatisfy(pop -> {
                assertThat(pop.get("callId").asLong()).isEqualTo(callId);
                assertThat(pop.get("agentId").asText()).isEqualTo(agentId);
                assertThat(pop.get("data").get("ani").asText()).isEqualTo("0611112222");
                assertThat(pop.get("data").get("callVariables").get("CallVariable1").asText())
                        .isEqualTo("case-4711");
            });
        });
    }

    @Test
    void monitorModeGetsTheMatchingEventsOnly() {
        EventStreamClient filtered = open("?filter=type:AgentState;agent:1004,1005", null);
        EventStreamClient other = open("?filter=agent:1037", null);

        Event snapshot = filtered.next(WAIT);
        assertThat(snapshot.name()).isEqualTo("snapshot");
        assertThat(ids(snapshot.json().get("agents"))).containsExactlyInAnyOrder("1004", "1005");
        assertThat(other.next(WAIT).name()).isEqualTo("snapshot");

        simulator.changeAgentState("1037", AgentState.NOT_READY, 3);
        assertThat(other.next("AgentState", WAIT).json().get("agentId").asText()).isEqualTo("1037");
        simulator.changeAgentState("1004", AgentState.NOT_READY, 4);

        Event first = filtered.next(WAIT);
        assertThat(first.name()).isEqualTo("AgentState");
        assertThat(first.json().get("agentId").asText()).as("1037 does not match, 1004 does").isEqualTo("1004");
        simulator.changeAgentState("1004", AgentState.AVAILABLE, 0);
        simulator.changeAgentState("1037", AgentState.AVAILABLE, 0);
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissedWithoutGapsOrDuplicates() {
        String agentStates = "?filter=type:AgentState;agent:1027";
        EventStreamClient watcher = open(agentStates, null);
        watcher.next("snapshot", WAIT);
        EventStreamClient stream = open(agentStates, null);
        stream.next("snapshot", WAIT);
        simulator.changeAgentState("1027", AgentState.NOT_READY, 1);
        Event seen = stream.next("AgentState", WAIT);
        stream.close();

        simulator.changeAgentState("1027", AgentState.AVAILABLE, 0);
        simulator.changeAgentState("1027", AgentState.NOT_READY, 2);
        List<Event> truth = new ArrayList<>();
        while (truth.isEmpty() || truth.get(truth.size() - 1).json().get("agent").get("reasonCode").asInt() != 2) {
            truth.add(watcher.next(WAIT));
        }

        EventStreamClient resumed = open(agentStates, String.valueOf(seen.id()));
        List<Event> missed = new ArrayList<>();
        for (Event expected : truth) {
            if (expected.id() > seen.id()) {
                missed.add(resumed.next(WAIT));
            }
        }
        assertThat(missed).extracting(Event::name).doesNotContain("snapshot");
        assertThat(missed).extracting(Event::id).as("exactly the events after the last one seen")
                .containsExactlyElementsOf(truth.stream().map(Event::id).filter(id -> id > seen.id()).toList());
        assertThat(missed).extracting(event -> event.json().get("agent").get("state").asText())
                .containsExactly("AVAILABLE", "NOT_READY");
        simulator.changeAgentState("1027", AgentState.AVAILABLE, 0);
    }

    @Test
    void aClientWhoseIdIsOlderThanTheReplayBufferStartsAgainFromASnapshot() {
        EventStreamClient stream = open("?agentId=1008", null);
        long snapshotId = stream.next("snapshot", WAIT).id();
        stream.close();

        long target = snapshotId + EventStreamTestSupport.REPLAY_BUFFER_SIZE + 10;
        String[] agents = {"1040", "1041", "1042", "1043", "1044"};
        for (int round = 0; probe().get("lastEventId").asLong() < target; round++) {
            assertThat(round).as("rounds of state changes to pass the replay buffer").isLessThan(200);
            for (String agent : agents) {
                simulator.changeAgentState(agent, round % 2 == 0 ? AgentState.NOT_READY : AgentState.AVAILABLE,
                        round % 2 == 0 ? 5 : 0);
            }
        }

        EventStreamClient back = open("?agentId=1008", String.valueOf(snapshotId));
        Event first = back.next(WAIT);
        assertThat(first.name()).isEqualTo("snapshot");
        assertThat(ids(first.json().get("agents"))).containsExactly("1008");
        assertThat(first.id()).isGreaterThanOrEqualTo(target);

        EventStreamClient stranger = open("?agentId=1008", "1");
        assertThat(stranger.next(WAIT).name()).as("an id from another run of the server").isEqualTo("snapshot");
        for (String agent : agents) {
            simulator.changeAgentState(agent, AgentState.AVAILABLE, 0);
        }
    }

    /**
     * A client that stops reading (a bare socket with a small receive buffer) is closed by the server once its queue
     * of {@link EventStreamTestSupport#STREAM_QUEUE_LIMIT} events fills, while a reading client of the same events
     * gets every one of them in order; the dropped client comes back with its Last-Event-ID. Prints the figures (the
     * README's).
     */
    @Test
    void aClientThatStopsReadingIsDroppedWhileAReadingOneGetsEveryEventAndItCanResume() throws IOException {
        EventStreamClient reading = open("", null);
        long readingFrom = reading.next("snapshot", WAIT).id();
        await("the streams of earlier tests are found closed (heartbeats every 2 s)").atMost(Duration.ofSeconds(30))
                .until(() -> probe().get("activeStreams").asInt() == 1);
        double droppedBefore = metric("ctios_event_streams_dropped_total");
        try (Socket stopped = rest().stalledEvents("api/events")) {
            await("the stopped client's stream is open").atMost(WAIT)
                    .until(() -> probe().get("activeStreams").asInt() == 2);
            assertThat(metric("ctios_event_streams_active")).isEqualTo(2);

            String[] agents = {"1030", "1031", "1032", "1033", "1034", "1035", "1036", "1037", "1038", "1039"};
            long firstId = probe().get("lastEventId").asLong();
            long started = System.nanoTime();
            int changes = 0;
            List<Event> readingGot = new ArrayList<>();
            // The kernel's send buffer (autotuned up to 4 MB) and Grizzly's write queue (4 x the socket write buffer
            // size) take what the client does not read before the servlet output reports not ready: many events.
            // The reading client sets the pace: after every PACED_CHANGES changes the test reads until the last
            // one's event, so that no more than those are ever queued for it. Unpaced, a burst outran its writer on
            // a busy machine and dropped the reading client as well (its queue holds STREAM_QUEUE_LIMIT).
            for (int round = 0; round % 10 != 0 || stoppedClientStillServed(firstId); round++) {
                AgentState target = round % 2 == 0 ? AgentState.NOT_READY : AgentState.AVAILABLE;
                for (int agent = 0; agent < agents.length; agent++) {
                    simulator.changeAgentState(agents[agent], target, target == AgentState.NOT_READY ? 6 : 0);
                    changes++;
                    if ((agent + 1) % PACED_CHANGES == 0) {
                        readingGot.addAll(readUntilAgentState(reading, agents[agent], target, 6));
                    }
                }
            }
            long dropMillis = (System.nanoTime() - started) / 1_000_000;
            long droppedAt = probe().get("lastEventId").asLong();
            assertThat(metric("ctios_event_streams_dropped_total")).isEqualTo(droppedBefore + 1);

            simulator.changeAgentState("1030", AgentState.NOT_READY, 9);
            readingGot.addAll(readUntilAgentState(reading, "1030", AgentState.NOT_READY, 9));
            Event last = readingGot.get(readingGot.size() - 1);
            assertThat(readingGot).extracting(Event::id).as("every event since the reading client's snapshot, in "
                    + "order, none missing").containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(readingFrom + 1, last.id()).boxed().toList());
            assertThat(reading.ended()).as("the reading client's stream stays open").isFalse();

            byte[] bytes = readToEnd(stopped, Duration.ofSeconds(20));
            Matcher idLines = Pattern.compile("(?m)^id:\\s*(\\d+)").matcher(new String(bytes,
                    StandardCharsets.UTF_8));
            List<Long> stoppedGot = new ArrayList<>();
            while (idLines.find()) {
                stoppedGot.add(Long.parseLong(idLines.group(1)));
            }
            assertThat(stoppedGot).as("the stopped client's stream ended, closed by the server, before the last "
                    + "event").isNotEmpty();
            long lastSeen = stoppedGot.get(stoppedGot.size() - 1);
            assertThat(lastSeen).isLessThan(last.id());
            System.out.printf("EVENT STREAMS STOPPED CLIENT: dropped after %d state changes in %d ms; %d events "
                            + "published from the first change to the drop; the stopped client had been sent %d events "
                            + "(%d bytes, read after the drop) with a queue limit of %d%n", changes, dropMillis,
                    droppedAt - firstId, stoppedGot.size() - 1, bytes.length, EventStreamTestSupport.STREAM_QUEUE_LIMIT);

            EventStreamClient back = open("", String.valueOf(lastSeen));
            Event first = back.next(WAIT);
            if (first.name().equals("snapshot")) {
                // the missed events must be in the replay buffer and fit in the new stream's queue to be resumed
                assertThat(last.id() - lastSeen).as("a snapshot only when the missed events cannot be resumed")
                        .isGreaterThan(Math.min(EventStreamTestSupport.REPLAY_BUFFER_SIZE,
                                EventStreamTestSupport.STREAM_QUEUE_LIMIT));
                assertThat(first.id()).as("a snapshot as of now").isGreaterThanOrEqualTo(last.id());
            } else {
                List<Long> missed = new ArrayList<>(List.of(first.id()));
                while (missed.get(missed.size() - 1) < last.id()) {
                    missed.add(back.next(WAIT).id());
                }
                assertThat(missed).as("what the dropped client missed, resumed without a gap").containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(lastSeen + 1, last.id()).boxed().toList());
            }
        } finally {
            for (String agent : new String[] {"1030", "1031", "1032", "1033", "1034", "1035", "1036", "1037", "1038",
                    "1039"}) {
                simulator.changeAgentState(agent, AgentState.AVAILABLE, 0);
            }
        }
    }

    /** Whether the stopped client's stream is still open (the reading client's too); fails past the limit. */
    private boolean stoppedClientStillServed(long firstId) {
        JsonNode figures = probe();
        assertThat(figures.get("lastEventId").asLong() - firstId).as("events published before the stopped client "
                + "is dropped").isLessThan(MAX_EVENTS_UNTIL_DROP);
        return figures.get("activeStreams").asInt() == 2;
    }

    /**
     * The reading client's events up to and including the one that shows {@code agentId} in {@code state} (with
     * {@code notReadyReason} if that is NOT_READY); fails, saying how far the server got, if it does not come.
     */
    private List<Event> readUntilAgentState(EventStreamClient reading, String agentId, AgentState state,
                                            int notReadyReason) {
        List<Event> got = new ArrayList<>();
        try {
            while (true) {
                Event event = reading.next(WAIT);
                got.add(event);
                JsonNode agent = event.json().path("agent");
                if (agentId.equals(event.json().path("agentId").asText())
                        && state.name().equals(agent.path("state").asText())
                        && (state != AgentState.NOT_READY || agent.path("reasonCode").asInt() == notReadyReason)) {
                    return got;
                }
            }
        } catch (AssertionError e) {
            throw new AssertionError("the reading client did not get agent " + agentId + "'s change to " + state
                    + " (last event it got: " + (got.isEmpty() ? "none" : got.get(got.size() - 1).id())
                    + "; the server: " + probe() + ")", e);
        }
    }

    /** Reads what the server sent until it closes the connection; fails if it does not within the timeout. */
    private static byte[] readToEnd(Socket socket, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        socket.setSoTimeout(1_000);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8_192];
        while (true) {
            try {
                int read = in.read(buffer);
                if (read < 0) {
                    return all.toByteArray();
                }
                all.write(buffer, 0, read);
            } catch (SocketTimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the server did not close the stopped client's stream within " + timeout
                            + " (" + all.size() + " bytes read)", e);
                }
            }
        }
    }

    /** A metric of the application's registry from {@code /metrics} (Prometheus text), or -1 when it is absent. */
    private double metric(String name) {
        String metrics = rest().getText("/metrics").body();
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$")
                .matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(2)) : -1;
    }

    @Test
    void onlyASignedInCallerAllowedToFollowTheEventsGetsAStream() {
        RestClient.Reply anonymous = rest().anonymous().get("api/events?agentId=1001", "text/event-stream");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body().get("type").asText()).isEqualTo("urn:ctios:problem:unauthenticated");

        RestClient agent = rest().as("1001", "1001");
        RestClient.Reply other = agent.get("api/events?agentId=1002", "text/event-stream");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().get("type").asText()).isEqualTo("urn:ctios:problem:forbidden");
        assertThat(agent.get("api/events", "text/event-stream").status()).as("an agent watching everything")
                .isEqualTo(403);

        EventStreamClient own = agent.events("api/events?agentId=1001", null, false);
        opened.add(own);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.next("snapshot", WAIT).json().get("agents").get(0).get("id").asText()).isEqualTo("1001");
    }

    @Test
    void anAgentAccountOpensAtMostFourStreamsAndTheFifthIsRefusedWithRetryAfter() {
        // 1047: an account no other class signs in with
        RestClient agent = rest().as("1047", "1047");
        List<EventStreamClient> desktops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            EventStreamClient stream = agent.events("api/events?agentId=1047", null, false);
            opened.add(stream);
            desktops.add(stream);
            assertThat(stream.status()).as("stream " + (i + 1)).isEqualTo(200);
        }

        RestClient.Reply fifth = agent.get("api/events?agentId=1047", "text/event-stream");

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.contentType()).startsWith("application/problem+json");
        assertThat(fifth.body().get("type").asText()).isEqualTo("urn:ctios:problem:too-many-event-streams-for-account");
        assertThat(fifth.header("Retry-After")).isEqualTo("5");
        EventStreamClient crm = rest().events("api/events?agentId=1047", null, false);
        opened.add(crm);
        assertThat(crm.status()).as("crm's streams are counted on crm's account, not the agent's").isEqualTo(200);

        desktops.get(0).close();
        // the server sees the closed connection at its next write (a heartbeat every 2 s here)
        await("a closed stream frees its place").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            EventStreamClient again = agent.events("api/events?agentId=1047", null, false);
            opened.add(again);
            assertThat(again.status()).isEqualTo(200);
        });
    }

    @Test
    void theOpenApiDocumentDescribesTheStreamAndTheMetricsCountStreams() {
        JsonNode document = rest().get("/openapi?format=JSON").body();
        JsonNode events = document.get("paths").get("/api/events");
        assertThat(events).as("/api/events in the OpenAPI document").isNotNull();
        assertThat(events.get("get").get("responses").fieldNames()).toIterable()
                .contains("200", "400", "401", "403", "404", "503");
        assertThat(document.get("paths").get("/api/agents")).as("the annotated resources are still there")
                .isNotNull();

        EventStreamClient stream = open("?agentId=1026", null);
        stream.next("snapshot", WAIT);
        assertThat(metric("ctios_event_streams_active")).isGreaterThanOrEqualTo(1);
        assertThat(metric("ctios_event_streams_dropped_total")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aMalformedFilterIsA400Problem() {
        RestClient.Reply reply = rest().get("api/events?filter=colour:red", "text/event-stream");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:ctios:problem:invalid-event-filter");
        assertThat(reply.body().get("detail").asText()).contains("colour");

        RestClient.Reply unknown = rest().get("api/events?agentId=9999", "text/event-stream");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
    }

    /**
     * A thousand clients at once: each gets its snapshot and then the same live event. Prints what the server's JVM
     * had to spend on them and how long the event took to reach them (the README's figures).
     */
    @Test
    void aThousandStreamsEachGetTheLiveEvent() {
        int count = 1_000;
        JsonNode idle = probe();
        List<EventStreamClient> clients = new ArrayList<>();
        long openingStarted = System.nanoTime();
        for (int i = 0; i < count; i++) {
            EventStreamClient client = rest().events("api/events?filter=type:AgentState;agent:1029", null, false);
            opened.add(client);
            clients.add(client);
        }
        for (EventStreamClient client : clients) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.next(Duration.ofSeconds(60)).name()).isEqualTo("snapshot");
        }
        long openingMillis = (System.nanoTime() - openingStarted) / 1_000_000;
        JsonNode open = probe();
        assertThat(open.get("activeStreams").asInt()).isGreaterThanOrEqualTo(count);

        long changed = System.nanoTime();
        simulator.changeAgentState("1029", AgentState.NOT_READY, 12);
        List<Long> latencies = new ArrayList<>();
        for (EventStreamClient client : clients) {
            Event event = client.next("AgentState", Duration.ofSeconds(30));
            assertThat(event.json().get("agent").get("reasonCode").asInt()).isEqualTo(12);
            latencies.add((event.receivedAtNanos() - changed) / 1_000_000);
        }
        latencies.sort(null);
        System.out.printf("EVENT STREAMS LOAD: %d streams opened with their snapshots in %d ms; server threads %d -> %d,"
                        + " heap used %d MB -> %d MB; state change to event at the client: p50 %d ms, p99 %d ms,"
                        + " max %d ms%n", count, openingMillis, idle.get("threads").asInt(),
                open.get("threads").asInt(), idle.get("heapUsedBytes").asLong() >> 20,
                open.get("heapUsedBytes").asLong() >> 20, latencies.get(count / 2), latencies.get(count * 99 / 100),
                latencies.get(count - 1));

        clients.forEach(EventStreamClient::close);
        await("the server finds the closed streams gone (heartbeats every 2 s)").atMost(Duration.ofSeconds(30))
                .until(() -> probe().get("activeStreams").asInt() < count);
        simulator.changeAgentState("1029", AgentState.AVAILABLE, 0);
    }
}
