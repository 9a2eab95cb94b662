package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.simulator.acd.AgentFigures;
import org.ctios.simulator.acd.AgentStatisticsView;
import org.junit.jupiter.api.Test;

/**
 * An agent's figures over REST against the simulator: its statistics from the switch (GET /agents/{id}/statistics),
 * shared by readers within the refresh interval, and its timeline and day summary (GET /agents/{id}/timeline and
 * /timeline/summary) written from the state changes the server applied; only for those who may see the agent, and
 * bad ranges refused. Agent 1050 (Team Summit's supervisor, controlled by requests) is used because no other class
 * of the group reads its statistics: a reading is kept for the interval, across the classes' switches.
 */
class AgentFiguresIT extends DeployedAgainstSimulator {

    private static final String AGENT = "1050";

    private void changeState(String body) {
        RestClient.Reply reply = rest().as("admin", "admin").put("api/agents/" + AGENT + "/state", body);
        assertThat(reply.status()).as("%s: %s", body, reply.body()).isEqualTo(200);
    }

    private static AgentFigures switchFigures() {
        return simulator.onSwitch(acd -> acd.agentStatistics(AGENT, null, null)).map(AgentStatisticsView::sinceLogin)
                .orElseThrow();
    }

    @Test
    void statisticsAreTheSwitchsAndTheStateChangesAreInTheTimelineAndItsSummary() throws Exception {
        Instant before = Instant.now().minusMillis(500);
        changeState("{\"state\": \"LOGIN\", \"instrument\": \"2050\", \"password\": \"1050\"}");
        changeState("{\"state\": \"AVAILABLE\"}");
        changeState("{\"state\": \"NOT_READY\", \"reasonCode\": 2}");
        Thread.sleep(2_100);

        RestClient.Reply reply = rest().get("api/agents/" + AGENT + "/statistics");
        AgentFigures afterwards = switchFigures();

        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        JsonNode statistics = reply.body();
        assertThat(statistics.get("agentId").asText()).isEqualTo(AGENT);
        assertThat(statistics.get("refreshSeconds").asLong()).isEqualTo(30);
        long notReady = statistics.get("sinceLogin").get("notReadySeconds").asLong();
        assertThat(notReady).as("not ready for two seconds, at most as long as the switch says right after")
                .isBetween(2L, afterwards.notReady().toSeconds());
        assertThat(statistics.get("sinceLogin").get("loggedOnSeconds").asLong()).isGreaterThanOrEqualTo(notReady);
        assertThat(statistics.get("sinceLogin").get("handledCalls").asLong()).isEqualTo(afterwards.handledCalls());
        assertThat(statistics.get("today").get("notReadySeconds").asLong()).as("logged in once today")
                .isEqualTo(notReady);
        assertThat(statistics.get("sinceLogin")).hasSize(42);

        JsonNode again = rest().as("1050", "1050").get("api/agents/" + AGENT + "/statistics").body();
        assertThat(again.get("readAt").asText()).as("the same reading, not a second query")
                .isEqualTo(statistics.get("readAt").asText());
        assertThat(again.get("ageSeconds").asLong()).isBetween(0L, 30L);

        RestClient.Reply timeline = rest().get("api/agents/" + AGENT + "/timeline?from=" + before);
        assertThat(timeline.status()).as("%s", timeline.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        timeline.body().get("entries").forEach(line -> lines.add(line.get("state").asText() + "/"
                + line.get("reasonCode").asInt()));
        assertThat(lines).containsExactly("NOT_READY/0", "AVAILABLE/0", "NOT_READY/2");
        JsonNode summary = rest().get("api/agents/" + AGENT + "/timeline/summary").body();
        assertThat(summary.get("notReadyByReason")).filteredOn(reason -> reason.get("reasonCode").asInt() == 2)
                .singleElement().satisfies(reason -> assertThat(reason.get("seconds").asLong()).isGreaterThanOrEqualTo(2));
        assertThat(summary.get("loggedInSeconds").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyThoseWhoMaySeeTheAgentReadItsFiguresAndBadRangesAreRefused() {
        for (String path : List.of("statistics", "timeline", "timeline/summary")) {
            RestClient.Reply foreign = rest().as("1001", "1001").get("api/agents/" + AGENT + "/" + path);
            assertThat(foreign.status()).as(path).isEqualTo(403);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            RestClient.Reply unknown = rest().get("api/agents/9999/" + path);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.body().get("type").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
        }
        for (String query : List.of("from=yesterday", "from=2026-12-07T10:00:00Z&to=2026-12-07T09:00:00Z",
                "from=2026-10-01T00:00:00Z&to=2026-12-01T00:00:00Z", "limit=0", "limit=501", "offset=-1")) {
            RestClient.Reply bad = rest().get("api/agents/" + AGENT + "/timeline?" + query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.contentType()).as(query).startsWith("application/problem+json");
        }
        for (String query : List.of("day=monday", "zone=Mars/Olympus")) {
            assertThat(rest().get("api/agents/" + AGENT + "/timeline/summary?" + query).status()).as(query)
                    .isEqualTo(400);
        }
    }
}
