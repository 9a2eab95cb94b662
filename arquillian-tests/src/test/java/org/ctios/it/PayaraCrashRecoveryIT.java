package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro killed with SIGKILL in the middle of the traffic and started again on the same database (an H2 file, or
 * PostgreSQL in the pass on PostgreSQL): every call it had recorded is still there, the calls that were in progress
 * end in the history too, and the state equals the switch's once the link has read it again. Not an Arquillian
 * test: the adapter cannot kill and restart its own server, so this class starts Payara Micro itself, as run.sh does
 * (RAR and WAR, HTTP on loopback).
 */
class PayaraCrashRecoveryIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Calls of 20 s: some are in progress when the server dies. */
    private static final TrafficProfile TRAFFIC = new TrafficProfile(3, Map.of(), Duration.ofMillis(300),
            Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofSeconds(120), Duration.ofSeconds(20));

    private final Path work = Path.of(System.getProperty("ctios.build-directory"), "crash-recovery");
    private PbxSimulator simulator;
    private PayaraMicroProcess payara;

    @AfterEach
    void stopEverything() throws Exception {
        if (payara != null) {
            payara.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void killedWithSigkillAndRestartedOnTheSameFileDatabaseNothingCommittedIsLost() throws Exception {
        PayaraMicroProcess.deleteRecursively(work);
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0)));
        int httpPort = PayaraMicroProcess.freePort();
        payara = startPayara(httpPort, "first");
        RestClient rest = payara.rest();
        awaitReady(rest);
        simulator.traffic(TRAFFIC);
        await("calls are recorded").atMost(WAIT).until(() -> SwitchTruth.wholeHistory(rest).size() >= 5
                && simulator.calls().size() >= 10);
        // No new calls from here: the server hears of every call before it dies (what it never heard of is lost
        // anywhere); those in progress end while it is down.
        simulator.callsPerSecond(0);
        await("the server knows every call in progress").atMost(WAIT).until(() -> SwitchTruth.storedCalls(rest)
                .equals(SwitchTruth.switchCalls(simulator)));
        Set<String> recordedBeforeTheKill = ids(SwitchTruth.wholeHistory(rest));

        payara.kill();

        payara = startPayara(httpPort, "second");
        awaitReady(rest);
        await("the switch's calls have ended").atMost(WAIT).until(() -> simulator.calls().isEmpty());
        await("the restarted server equals the switch").atMost(WAIT).untilAsserted(() -> {
            SwitchTruth.assertStateEqual(rest, simulator);
            Map<String, JsonNode> history = SwitchTruth.assertHistoryComplete(rest, simulator);
            assertThat(history.keySet()).containsAll(recordedBeforeTheKill);
        });
    }

    private PayaraMicroProcess startPayara(int httpPort, String run) throws IOException {
        // The database both runs share: an H2 file, or the PostgreSQL database of the pass on PostgreSQL.
        String database = System.getProperty("ctios.it.crash.datasource.options",
                "-Dctios.datasource.url=jdbc:h2:file:" + work.resolve("db").resolve("ctios"));
        List<String> options = new ArrayList<>(List.of(
                "-Dctios.cti.side-a.port=" + simulator.sideAPort(), "-Dctios.cti.side-b.port=" + simulator.sideBPort(),
                "-Dctios.cti.reconnect.initial-delay=200ms", "-Dctios.cti.agent-ids=1001-1050"));
        options.addAll(List.of(database.split(" ")));
        return PayaraMicroProcess.start(work, "payara-" + run, httpPort, options,
                List.of("--clustermode", "tcpip:127.0.0.1:5900"));
    }

    private void awaitReady(RestClient rest) {
        await("Payara Micro is up and the link resynchronised").atMost(START).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> {
                    assertThat(payara.isAlive()).as("Payara Micro is running").isTrue();
                    JsonNode link = rest.get("api/system/link").body();
                    return link.path("connected").asBoolean() && !link.path("resynchronising").asBoolean();
                });
    }

    private static Set<String> ids(List<JsonNode> records) {
        Set<String> ids = new TreeSet<>();
        records.forEach(record -> ids.add(record.path("id").asText()));
        return ids;
    }
}
