package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults while simulated traffic runs, each followed by the application's state and call history compared with the
 * switch's: side A of the CTI Server pair fails, the peripheral (the ACD) goes offline and comes back, the CTI
 * Server sends a flood of malformed frames, and the whole simulator is killed and another started in its place. The slow event-stream client is {@link EventStreamsIT}'s; a failover and
 * a full outage without traffic are {@link StateModelIT}'s and {@link CtiConnectorIT}'s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Short calls on every skill group, answered by the simulated agents. */
    /** Above the suite's heartbeat interval (5 s, the default). */
    private static final Duration STABLE_SESSION = Duration.ofSeconds(6);
    private static final TrafficProfile TRAFFIC = new TrafficProfile(5, Map.of(), Duration.ofMillis(300),
            Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(20));

    @BeforeEach
    void linkUp() {
        await("the link is up and resynchronised").atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode link = rest().get("api/system/link").body();
            return link.path("connected").asBoolean() && !link.path("resynchronising").asBoolean()
                    && "AVAILABLE".equals(rest().get("api/agents/1006").body().path("state").asText());
        });
    }

    private JsonNode link() {
        return rest().get("api/system").body();
    }

    /** Stops new calls, waits for the switch's calls to end, then for the application to equal the switch. */
    private void drainAndCompare() {
        simulator.callsPerSecond(0);
        await("the switch's calls have ended").atMost(WAIT).until(() -> simulator.calls().isEmpty());
        await("the application equals the switch").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            SwitchTruth.assertStateEqual(rest(), simulator);
            SwitchTruth.assertHistoryComplete(rest(), simulator);
        });
    }

    @Test
    @Order(1)
    void sideAFailsMidTrafficAndNoCallIsMissingFromTheHistory() throws Exception {
        simulator.traffic(TRAFFIC);
        await("calls are under way").atMost(WAIT).until(() -> simulator.stats().callsEnded() >= 10);
        // A session younger than a heartbeat interval counts as brief, and after brief sessions in a row (earlier
        // tests' failovers) the link waits before trying the other side (RetryPolicy): a call could then begin
        // and end unseen, which no CTI client can record. An established session fails over at once.
        await("the session is older than a heartbeat interval").atMost(WAIT).until(() -> {
            String since = link().path("since").asText(null);
            return since != null && Instant.parse(since).isBefore(Instant.now().minus(STABLE_SESSION));
        });

        simulator.failSide("A");
        try {
            await("the link is up on side B").atMost(WAIT).until(() -> {
                JsonNode link = link();
                return link.path("connected").asBoolean() && "B".equals(link.path("side").asText());
            });
            long endedAtFailover = simulator.stats().callsEnded();
            await("more calls end on side B").atMost(WAIT).until(() ->
                    simulator.stats().callsEnded() >= endedAtFailover + 10);
        } finally {
            simulator.restoreSide("A");
        }

        drainAndCompare();
    }

    @Test
    @Order(2)
    void thePeripheralGoesOfflineAndBackAndTheStateIsReadAgain() {
        simulator.traffic(TRAFFIC);
        await("calls are under way").atMost(WAIT).until(() -> !simulator.calls().isEmpty());

        simulator.peripheralOnline(false);
        await("the application shows the peripheral offline").atMost(WAIT).until(() ->
                !rest().get("api/system/link").body().path("peripheralOnline").asBoolean(true));
        simulator.peripheralOnline(true);
        await("and online again").atMost(WAIT).until(() ->
                rest().get("api/system/link").body().path("peripheralOnline").asBoolean(false));

        drainAndCompare();
    }

    @Test
    @Order(3)
    void aFloodOfMalformedFramesClosesTheSessionWhichReconnectsWithNothingStoredCorrupted() {
        simulator.traffic(TRAFFIC);
        await("calls are under way").atMost(WAIT).until(() -> !simulator.calls().isEmpty());
        long reconnectsBefore = link().path("reconnects").asLong();

        assertThat(simulator.sendMalformedFrames(300)).as("sessions flooded").isEqualTo(1);

        await("the connector dropped the session and opened a new one").atMost(WAIT).until(() -> {
            JsonNode link = link();
            return link.path("reconnects").asLong() > reconnectsBefore && link.path("connected").asBoolean();
        });
        drainAndCompare();
        assertThat(link().path("deadLetters").asLong()).as("no event lost to a dead letter").isZero();
        await("ready again").atMost(WAIT).until(() -> rest().get("/health/ready").status() == 200);
    }

    @Test
    @Order(4)
    void theSimulatorIsKilledAndANewOneTakesItsPlaceWithNoCallLostFromTheHistory() throws Exception {
        Set<Long> begunOnTheOldSwitch = ConcurrentHashMap.newKeySet();
        simulator.addListener(events -> events.stream().filter(AcdEvent.CallBegun.class::isInstance)
                .forEach(begun -> begunOnTheOldSwitch.add(((AcdEvent.CallBegun) begun).call().callId())));
        // Calls of 20 s, so that some are in progress when the switch dies; no new ones just before, so that the
        // application has heard of every call the old switch began (what a dead server never sent is lost anywhere).
        simulator.traffic(new TrafficProfile(5, Map.of(), Duration.ofMillis(300), Duration.ofSeconds(20),
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(20)));
        await("calls are under way").atMost(WAIT).until(() -> simulator.calls().size() >= 10);
        simulator.callsPerSecond(0);
        await("the application knows every call in progress").atMost(WAIT).until(() -> {
            Set<Long> onTheSwitch = SwitchTruth.switchCalls(simulator);
            return !onTheSwitch.isEmpty() && SwitchTruth.storedCalls(rest()).equals(onTheSwitch);
        });

        simulator.close();
        await("the link is down").atMost(WAIT).until(() -> !link().path("connected").asBoolean());
        simulator = CtiosDeployment.startSimulator();
        linkUp();
        simulator.traffic(TRAFFIC);
        await("calls end on the new switch").atMost(WAIT).until(() -> simulator.stats().callsEnded() >= 10);
        simulator.callsPerSecond(0);
        await("the new switch's calls have ended").atMost(WAIT).until(() -> simulator.calls().isEmpty());

        await("the application equals the new switch, and its history holds every call of both").atMost(
                Duration.ofSeconds(30)).untilAsserted(() -> {
            SwitchTruth.assertStateEqual(rest(), simulator);
            SwitchTruth.assertHistoryComplete(rest(), simulator);
            assertThat(SwitchTruth.wholeHistory(rest()).stream().map(record -> record.path("id").asLong()))
                    .as("the old switch's calls").containsAll(begunOnTheOldSwitch);
        });
    }
}
