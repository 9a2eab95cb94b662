package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Teams from the switch end to end (ctios.teams.source=switch, the default): the simulator's administrator moves
 * agent 1003 from team 1 (Harbour, supervisor1 and 1025) to team 2 (Summit, 1050) through its admin interface; both
 * teams' REST views, the supervisors' team streams (which restart from a snapshot showing the new membership) and the
 * access rules follow within a bounded wait. The agent is moved back at the end, so the other classes find the demo.
 */
class SwitchTeamsIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<EventStreamClient> opened = new ArrayList<>();

    @AfterEach
    void moveBackAndCloseStreams() {
        opened.forEach(EventStreamClient::close);
        simulator.moveAgentToTeam("1003", 1);
        await("1003 back in team 1").atMost(WAIT).until(() -> memberIds("1").contains("1003"));
    }

    @Test
    void anAgentTheSwitchMovesFollowsItsNewTeamInTheViewsStreamsAndRights() {
        assertThat(memberIds("1")).contains("1003");
        assertThat(memberIds("2")).doesNotContain("1003");
        assertThat(rest().as("supervisor1", "supervisor1").get("api/agents/1003").status()).isEqualTo(200);
        assertThat(rest().as("1050", "1050").get("api/agents/1003").status()).isEqualTo(403);
        EventStreamClient harbour = teamStream("supervisor1", "1");
        EventStreamClient summit = teamStream("1050", "2");

        simulator.moveAgentToTeam("1003", 2);

        await("1003 in team 2's view and out of team 1's").atMost(WAIT).untilAsserted(() -> {
            assertThat(memberIds("2")).contains("1003");
            assertThat(memberIds("1")).doesNotContain("1003");
        });
        harbour.untilEnd(WAIT);
        summit.untilEnd(WAIT);
        // a stream opened now may still be ended by the second change's restart before its snapshot: open again
        await("team 1's stream without 1003").atMost(WAIT).untilAsserted(() ->
                assertThat(snapshotAgentIds(teamStream("supervisor1", "1"))).doesNotContain("1003").contains("1001"));
        await("team 2's stream with 1003").atMost(WAIT).untilAsserted(() ->
                assertThat(snapshotAgentIds(teamStream("1050", "2"))).contains("1003", "1050"));
        assertThat(rest().as("supervisor1", "supervisor1").get("api/agents/1003").status())
                .as("team 1's supervisor no longer reads 1003").isEqualTo(403);
        assertThat(rest().as("1050", "1050").get("api/agents/1003").status())
                .as("team 2's supervisor now does").isEqualTo(200);
        assertThat(rest().as("admin", "admin").get("api/agents/1003").body().path("team").asText()).isEqualTo("2");
    }

    private List<String> memberIds(String teamId) {
        RestClient.Reply reply = rest().as("admin", "admin").get("api/teams/" + teamId);
        assertThat(reply.status()).as("GET /teams/%s: %s", teamId, reply.body()).isEqualTo(200);
        return ids(reply.body().get("members"));
    }

    /** The team's stream, as its supervisor opens it; its snapshot not yet read. */
    private EventStreamClient teamStream(String user, String teamId) {
        EventStreamClient client = rest().as(user, user).events("api/events?teamId=" + teamId, null, false);
        opened.add(client);
        assertThat(client.status()).as(user + " team " + teamId).isEqualTo(200);
        return client;
    }

    private static List<String> snapshotAgentIds(EventStreamClient stream) {
        EventStreamClient.Event snapshot = stream.next(WAIT);
        assertThat(snapshot.name()).isEqualTo("snapshot");
        return ids(snapshot.json().get("agents"));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(member -> ids.add(member.get("id").asText()));
        return ids;
    }
}
