package org.ctios.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The admin interface over HTTP, as a test or a demo drives it. */
class AdminServerTest extends AdminHttpTest {

    @Test
    void injectsACallWithItsDataAndAnswersItsId() throws Exception {
        HttpResponse<String> created = send("POST", "/calls", """
                {"skillGroup": 2, "ani": "0612345678", "dnis": "8005550102",
                 "callVariables": {"CallVariable1": "acct-99", "CallVariable10": "fr"},
                 "ecc": {"user.tier": "gold"}}""");

        assertThat(created.statusCode()).isEqualTo(201);
        long callId = JSON.readTree(created.body()).get("callId").asLong();
        assertThat(simulator.calls()).anySatisfy(call -> {
            assertThat(call.callId()).isEqualTo(callId);
            assertThat(call.ani()).isEqualTo("0612345678");
            assertThat(call.callVariables().get(10)).isEqualTo("fr");
            assertThat(call.namedVariables()).extracting(v -> v.value()).containsExactly("gold");
        });
    }

    @Test
    void refusesBadInputWithAClearAnswer() throws Exception {
        HttpResponse<String> noGroup = send("POST", "/calls", "{\"ani\": \"1\"}");
        HttpResponse<String> unknownGroup = send("POST", "/calls", "{\"skillGroup\": 9}");
        HttpResponse<String> badVariable = send("POST", "/calls", "{\"skillGroup\": 1, \"callVariables\": "
                + "{\"CallVariable11\": \"x\"}}");
        HttpResponse<String> notJson = send("PUT", "/rate", "fast please");
        HttpResponse<String> wrongMethod = send("GET", "/calls", null);
        HttpResponse<String> unknownPath = send("GET", "/nothing", null);

        assertThat(noGroup.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noGroup.body()).get("error").asText()).contains("skillGroup");
        assertThat(unknownGroup.statusCode()).isEqualTo(409);
        assertThat(unknownGroup.body()).contains("UNKNOWN_SKILL_GROUP");
        assertThat(badVariable.statusCode()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
    }

    @Test
    void changesTheRateFailsAndRestoresSidesAndReportsStats() throws Exception {
        assertThat(send("PUT", "/rate", "{\"callsPerSecond\": 2.5}").statusCode()).isEqualTo(204);
        assertThat(send("POST", "/sides/B/fail", null).statusCode()).isEqualTo(204);
        assertThat(send("POST", "/peripheral/offline", null).statusCode()).isEqualTo(204);

        JsonNode stats = JSON.readTree(send("GET", "/stats", null).body());

        assertThat(stats.get("callsPerSecond").asDouble()).isEqualTo(2.5);
        assertThat(stats.get("sidesUp").get("A").asBoolean()).isTrue();
        assertThat(stats.get("sidesUp").get("B").asBoolean()).isFalse();
        assertThat(stats.get("peripheralOnline").asBoolean()).isFalse();
        assertThat(stats.get("agents")).hasSize(50);
        assertThat(stats.get("agents").get(0).get("agentId").asText()).isEqualTo("1001");
        assertThat(stats.get("skillGroups")).hasSize(3);

        assertThat(send("POST", "/sides/B/restore", null).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(send("GET", "/stats", null).body()).get("sidesUp").get("B").asBoolean()).isTrue();
    }

    @Test
    void movesAnAgentToAnotherTeamAndRefusesWhatTheSwitchCannotDo() throws Exception {
        assertThat(send("PUT", "/agents/1003/team", "{\"teamId\": 2}").statusCode()).isEqualTo(204);
        assertThat(simulator.agents()).filteredOn(a -> a.agentId().equals("1003")).extracting(a -> a.teamId())
                .containsExactly(2);

        HttpResponse<String> unknownTeam = send("PUT", "/agents/1003/team", "{\"teamId\": 9}");
        HttpResponse<String> unknownAgent = send("PUT", "/agents/9999/team", "{\"teamId\": 1}");
        HttpResponse<String> aSupervisor = send("PUT", "/agents/1025/team", "{\"teamId\": 2}");
        HttpResponse<String> noTeam = send("PUT", "/agents/1003/team", "{}");
        HttpResponse<String> wrongMethod = send("POST", "/agents/1003/team", "{\"teamId\": 1}");

        assertThat(unknownTeam.statusCode()).isEqualTo(400);
        assertThat(unknownTeam.body()).contains("no team 9");
        assertThat(unknownAgent.statusCode()).isEqualTo(400);
        assertThat(aSupervisor.statusCode()).isEqualTo(409);
        assertThat(aSupervisor.body()).contains("supervises a team");
        assertThat(noTeam.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noTeam.body()).get("error").asText()).contains("teamId");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }
}
