package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What operations see: MicroProfile Health (ready only while the CTI link is open, live while events get
 * delivered) and MicroProfile Metrics (events per type, apply latency, the link), at the server's root.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private JsonNode check(String endpoint, String name) {
        return named(rest().get(endpoint).body().get("checks"), name);
    }

    private static JsonNode named(JsonNode checks, String name) {
        for (JsonNode check : checks) {
            if (name.equals(check.get("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no check '" + name + "' in " + checks);
    }

    private String storedState(String agentId) {
        RestClient.Reply reply = rest().get("api/agents/" + agentId);
        return reply.status() == 200 ? reply.body().get("state").asText() : "absent (" + reply.status() + ")";
    }

    /** The value of a metric line starting with {@code name} and carrying {@code tag}, or -1 when absent. */
    private static double metric(String metrics, String name, String tag) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$")
                .matcher(metrics);
        while (line.find()) {
            if (tag == null || line.group(1).contains(tag)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return -1;
    }

    @Test
    @Order(1)
    void readyOnceTheLinkIsOpenAndLiveThroughout() {
        // The application hands its stored agents to the link at start, which may resynchronise once more: not
        // ready for that moment. Each reply is judged whole.
        await("ready").atMost(WAIT).untilAsserted(() -> {
            RestClient.Reply ready = rest().get("/health/ready");
            assertThat(ready.status()).isEqualTo(200);
            JsonNode link = named(ready.body().get("checks"), "cti-link");
            assertThat(link.get("status").asText()).isEqualTo("UP");
            assertThat(link.get("data").get("connected").asBoolean()).isTrue();
            assertThat(link.get("data").get("resynchronising").asBoolean()).isFalse();
            assertThat(link.get("data").get("side").asText()).isIn("A", "B");
        });
        RestClient.Reply live = rest().get("/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(check("/health/live", "event-delivery").get("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void countsAppliedEventsPerTypeWithTheirLatency() {
        String before = rest().getText("/metrics").body();
        double appliedBefore = Math.max(0, metric(before, "ctios_events_applied_total", "AgentStateChanged"));
        // The server is shared with the other classes: its counters hold their events too, so compare with before.
        double rolledBackBefore = Math.max(0, metric(before, "ctios_events_rolled_back_total",
                "type=\"AgentStateChanged\""));
        double deadLettersBefore = Math.max(0, metric(before, "ctios_link_dead_letters", null));

        simulator.changeAgentState("1007", AgentState.NOT_READY, 0);
        simulator.changeAgentState("1007", AgentState.AVAILABLE, 0);
        await("stored").atMost(WAIT).until(() -> storedState("1007").equals("AVAILABLE"));

        await("counted").atMost(WAIT).untilAsserted(() -> {
            String metrics = rest().getText("/metrics").body();
            assertThat(metrics).as("/metrics").contains("ctios_link_connected");
            assertThat(metric(metrics, "ctios_events_applied_total", "type=\"AgentStateChanged\""))
                    .isGreaterThanOrEqualTo(appliedBefore + 2);
            assertThat(metric(metrics, "ctios_events_received_total", "type=\"AgentStateChanged\""))
                    .isGreaterThanOrEqualTo(appliedBefore + 2);
            assertThat(Math.max(0, metric(metrics, "ctios_events_rolled_back_total", "type=\"AgentStateChanged\"")))
                    .as("no rollback of these two").isEqualTo(rolledBackBefore);
            assertThat(metric(metrics, "ctios_events_apply_latency_seconds_count", null)).isPositive();
            assertThat(metric(metrics, "ctios_link_connected", null)).isEqualTo(1);
            assertThat(metric(metrics, "ctios_link_dead_letters", null)).as("no new dead letter")
                    .isEqualTo(deadLettersBefore);
            assertThat(metric(metrics, "ctios_rest_requests_seconds_count", "endpoint=\"AgentResource.one\""))
                    .isPositive();
        });
    }

    @Test
    @Order(3)
    void notReadyWhileBothSidesAreDownYetStillLive() throws Exception {
        String side = check("/health/ready", "cti-link").get("data").get("side").asText();
        String other = side.equals("A") ? "B" : "A";
        simulator.failSide(other);
        simulator.failSide(side);

        await("not ready").atMost(WAIT).until(() -> rest().get("/health/ready").status() == 503);
        JsonNode link = check("/health/ready", "cti-link");
        assertThat(link.get("status").asText()).isEqualTo("DOWN");
        assertThat(link.get("data").get("connected").asBoolean()).isFalse();
        // Anyone who reaches the server reads its health: nothing there names the CTI Server's host or port, which
        // the signed-in operators read in GET /cti/api/system's lastError.
        await("the link's last error is known").atMost(WAIT).until(() -> rest().as("admin", "admin")
                .get("api/system").body().path("lastError").asText().contains("127.0.0.1"));
        for (String health : List.of("/health", "/health/ready", "/health/live")) {
            String anonymous = rest().anonymous().get(health).body().toString();
            assertThat(anonymous).as(health).doesNotContain("127.0.0.1", "localhost", ":" + simulator.sideAPort(),
                    ":" + simulator.sideBPort(), "lastError", "http://");
        }
        assertThat(rest().get("/health/live").status()).isEqualTo(200);
        assertThat(metric(rest().getText("/metrics").body(), "ctios_link_connected", null)).isZero();

        simulator.restoreSide(side);
        simulator.restoreSide(other);
        await("ready again").atMost(WAIT).until(() -> rest().get("/health/ready").status() == 200);
        assertThat(metric(rest().getText("/metrics").body(), "ctios_link_reconnects", null)).isPositive();
    }

    /**
     * The counters of GET /api/system and /metrics add up as the README's "Operations" says. After the reconnection
     * above, the resynchronisation's snapshots make more deliveries than events received, which is what a reader
     * of the counters found confusing: eventsGenerated shows them.
     */
    @Test
    @Order(4)
    void theLinkAndDeliveryCountersReconcile() {
        await("at rest, the counters add up").atMost(WAIT).untilAsserted(() -> {
            JsonNode link = rest().as("admin", "admin").get("api/system").body();
            String metrics = rest().getText("/metrics").body();
            JsonNode after = rest().as("admin", "admin").get("api/system").body();
            assertThat(after.path("eventsDispatched").asLong()).as("no event meanwhile")
                    .isEqualTo(link.path("eventsDispatched").asLong());
            long dispatched = link.path("eventsDispatched").asLong();
            long delivered = link.path("eventsDelivered").asLong();

            assertThat(link.path("eventsGenerated").asLong()).as("the resynchronisations' snapshots").isPositive();
            assertThat(link.path("eventsReceived").asLong() - link.path("eventsIgnored").asLong()
                    + link.path("eventsGenerated").asLong()).as("received - ignored + generated").isEqualTo(dispatched);
            int endpoints = link.path("messageEndpoints").asInt();
            assertThat(endpoints).as("CTI OS's MDB and crm-bridge's, deployed beside it").isEqualTo(2);
            long filtered = link.path("eventsFiltered").asLong();
            assertThat(filtered).as("crm-bridge's MDB takes only some event types").isPositive();
            long offered = link.path("deliveriesOffered").asLong();
            assertThat(delivered + link.path("deadLetters").asLong() + link.path("eventsPending").asLong() + filtered)
                    .as("delivered + dead letters + pending + filtered").isEqualTo(offered);
            assertThat(offered).as("each event offered to the MDBs active then: at most both")
                    .isLessThanOrEqualTo(dispatched * endpoints).isGreaterThan(dispatched);
            assertThat(sum(metrics, "ctios_events_applied_total")).as("applied: CTI OS's deliveries that committed, "
                    + "a share of every MDB's").isPositive().isLessThanOrEqualTo(delivered);
            assertThat(sum(metrics, "ctios_events_received_total")).as("handed to the object server")
                    .isEqualTo(sum(metrics, "ctios_events_applied_total")
                            + sum(metrics, "ctios_events_rolled_back_total"));
            assertThat(metric(metrics, "ctios_link_events_dispatched", null)).isEqualTo(dispatched);
            assertThat(metric(metrics, "ctios_link_events_delivered", null)).isEqualTo(delivered);
            assertThat(metric(metrics, "ctios_link_events_filtered", null)).isEqualTo(filtered);
            assertThat(metric(metrics, "ctios_link_deliveries_offered", null)).isEqualTo(offered);
        });
    }

    /** Every line of a counter, whatever its tags, added up. */
    private static long sum(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*\\} ([0-9.eE+-]+)$").matcher(metrics);
        long total = 0;
        while (line.find()) {
            total += (long) Double.parseDouble(line.group(1));
        }
        return total;
    }

    /** Test servers listen on loopback only: HTTP, and the data grid (Hazelcast binds every address unless told). */
    @Test
    @Order(5)
    void payaraMicroListensOnLoopbackOnly() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux's /proc tells the listeners");
        ProcessHandle payara = ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("payara-micro.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no Payara Micro started by this test JVM"));

        assertThat(ListeningSockets.of(payara.pid())).as("the sockets Payara Micro listens on").isNotEmpty()
                .allMatch(ListeningSockets.Listener::loopback);
    }

    /**
     * A misspelt setting (arquillian.xml passes -Dctios.events.max-stream) is reported to operators with the setting
     * it resembles, and nothing else is: not the connector's settings the test passes, found through the deployed
     * adapter, nor the deprecated ctios.events.heartbeat-seconds the test WAR's configuration still uses.
     */
    @Test
    @Order(6)
    void anUnknownSettingIsReportedWithTheSettingItResembles() {
        JsonNode unknown = rest().as("admin", "admin").get("api/system").body().get("unknownSettings");

        assertThat(unknown).as("unknownSettings of GET /cti/api/system").hasSize(1);
        assertThat(unknown.get(0).get("name").asText()).isEqualTo("ctios.events.max-stream");
        assertThat(unknown.get(0).get("nearest").asText()).isEqualTo("ctios.events.max-streams");
    }
}
