package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.types.CallVariables;
import org.junit.jupiter.api.Test;

/**
 * Who may see and do what through the REST API, signed in with HTTP Basic as the demo accounts: crm/crm,
 * admin/admin, supervisor1/supervisor1 (team 1), and every agent with its id as password (1025 supervises team 1,
 * 1050 team 2).
 */
class SecurityIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private RestClient as(String user) {
        return rest().as(user, user);
    }

    private static void assertProblem(RestClient.Reply reply, int status, String type) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("detail").asText()).isNotBlank();
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(element -> ids.add(element.get(field).asText()));
        return ids;
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAChallenge() {
        for (String path : List.of("api/agents", "api/agents/1001", "api/calls", "api/calls/history",
                "api/skillgroups", "api/system", "api/system/warnings", "api/no-such-resource")) {
            RestClient.Reply reply = rest().anonymous().get(path);

            assertProblem(reply, 401, "urn:ctios:problem:unauthenticated");
            assertThat(reply.header("WWW-Authenticate")).as(path).startsWith("Basic realm=");
        }
    }

    @Test
    void failedSignInsPauseTheAccountAnsweringTooManyWithRetryAfterEvenToTheRightPassword() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(rest().as("1046", "guess-" + attempt).get("api/agents/1046"), 401,
                    "urn:ctios:problem:unauthenticated");
        }

        RestClient.Reply paused = as("1046").get("api/agents/1046");

        assertProblem(paused, 429, "urn:ctios:problem:sign-in-throttled");
        long retryAfter = Long.parseLong(paused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(as("1047").get("api/agents/1047").status()).as("another account from the same address")
                .isEqualTo(200);
        await().pollDelay(Duration.ofSeconds(retryAfter)).atMost(WAIT)
                .until(() -> as("1046").get("api/agents/1046").status() == 200);
    }

    @Test
    void onlyASupervisorFromItsOwnPhoneOrAdminMaySuperviseAndTheOthersAre403() {
        String bargeIn = "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1025\"}";
        String fromAMember = "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1001\"}";

        assertProblem(rest().as("crm", "crm").post("api/calls/987654/supervise",
                "{\"action\": \"INTERCEPT\", \"supervisorId\": \"1025\"}"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("supervisor1").post("api/calls/987654/supervise", fromAMember), 403,
                "urn:ctios:problem:forbidden");
        assertProblem(as("1025").post("api/calls/987654/supervise", fromAMember), 403,
                "urn:ctios:problem:forbidden");
        assertProblem(as("1001").post("api/calls/987654/supervise", bargeIn), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("admin").post("api/calls/987654/supervise", bargeIn), 404,
                "urn:ctios:problem:unknown-resource");
    }

    @Test
    void controlForAnotherAgentAndAdministrationAreInTheAuditTrailWhichOnlyAdminReads() {
        String marker = "audit-" + System.nanoTime();
        assertThat(rest().as("crm", "crm").put("api/agents/" + marker.substring(0, 12) + "/state",
                "{\"state\": \"LOGOUT\"}").status()).isEqualTo(404);
        assertThat(as("admin").put("api/system/users/" + marker + "/password",
                "{\"password\": \"long-enough-password\"}").status()).isEqualTo(404);

        JsonNode control = as("admin").get("api/audit?actor=crm&agentId=" + marker.substring(0, 12)).body();
        assertThat(control.get("total").asLong()).isEqualTo(1);
        JsonNode entry = control.get("entries").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("agent-state LOGOUT");
        assertThat(entry.get("status").asInt()).isEqualTo(404);
        assertThat(entry.get("outcome").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
        assertThat(entry.get("at").asText()).isNotBlank();
        List<String> subjects = new ArrayList<>();
        as("admin").get("api/audit?actor=admin&limit=500").body().get("entries")
                .forEach(administration -> subjects.add(administration.path("subject").asText()));
        assertThat(subjects).contains(marker);

        assertProblem(rest().as("crm", "crm").get("api/audit"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("admin").get("api/audit?limit=0"), 400, "urn:ctios:problem:validation");
    }

    @Test
    void aBearerTokenOfTheTrustedIssuerSignsInWithTheRolesAgentAndTeamItCarries() {
        String token = TestIdentityProvider.token("sso-supervisor", List.of("supervisor", "agent"), "1025", 1,
                Instant.now().plusSeconds(300), TestIdentityProvider.ISSUER, TestIdentityProvider.AUDIENCE);
        RestClient withToken = rest().withAuthorization("Bearer " + token);

        RestClient.Reply me = withToken.get("api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("name").asText()).isEqualTo("sso-supervisor");
        List<String> roles = new ArrayList<>();
        me.body().get("roles").forEach(role -> roles.add(role.asText()));
        assertThat(roles).containsExactly("agent", "supervisor");
        assertThat(me.body().get("agentId").asText()).isEqualTo("1025");
        assertThat(withToken.get("api/teams/1").status()).isEqualTo(200);
        assertProblem(withToken.get("api/teams/2"), 403, "urn:ctios:problem:forbidden");
        assertProblem(withToken.get("api/system"), 403, "urn:ctios:problem:forbidden");
    }

    @Test
    void anExpiredTokenOrOneForAnotherAudienceOrIssuerIs401WithABearerChallenge() {
        Instant later = Instant.now().plusSeconds(300);
        for (String token : List.of(
                TestIdentityProvider.token("late", List.of("admin"), null, null, Instant.now().minusSeconds(300),
                        TestIdentityProvider.ISSUER, TestIdentityProvider.AUDIENCE),
                TestIdentityProvider.token("elsewhere", List.of("admin"), null, null, later,
                        TestIdentityProvider.ISSUER, "billing"),
                TestIdentityProvider.token("forged", List.of("admin"), null, null, later,
                        "https://idp.attacker.test", TestIdentityProvider.AUDIENCE))) {
            RestClient.Reply refused = rest().withAuthorization("Bearer " + token).get("api/system");

            assertProblem(refused, 401, "urn:ctios:problem:unauthenticated");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserOrAForeignSchemeAnswer401() {
        assertProblem(rest().as("crm", "not-the-password").get("api/agents"), 401,
                "urn:ctios:problem:unauthenticated");
        assertProblem(rest().as("nobody", "nobody").get("api/agents"), 401, "urn:ctios:problem:unauthenticated");
        assertProblem(rest().as("1001", "1002").get("api/agents/1001"), 401, "urn:ctios:problem:unauthenticated");
        assertProblem(rest().withAuthorization("Bearer some.token.here").get("api/agents"), 401,
                "urn:ctios:problem:unauthenticated");
        assertProblem(rest().anonymous().put("api/agents/1001/state", "{\"state\":\"LOGOUT\"}"), 401,
                "urn:ctios:problem:unauthenticated");
    }

    @Test
    void anAgentReadsItselfAndNoOtherAgent() {
        RestClient.Reply itself = as("1001").get("api/agents/1001");
        assertThat(itself.status()).isEqualTo(200);
        assertThat(itself.body().get("id").asText()).isEqualTo("1001");

        assertProblem(as("1001").get("api/agents/1002"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("1001").get("api/agents/1026"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("1001").get("api/agents/no-such-agent"), 403, "urn:ctios:problem:forbidden");
        assertThat(ids(as("1001").get("api/agents").body(), "id")).containsExactly("1001");
    }

    @Test
    void anAgentMayNotChangeAnotherAgentsState() {
        String before = rest().get("api/agents/1002").body().get("state").asText();

        assertProblem(as("1001").put("api/agents/1002/state", "{\"state\":\"LOGOUT\"}"), 403,
                "urn:ctios:problem:forbidden");

        assertThat(rest().get("api/agents/1002").body().get("state").asText()).isEqualTo(before);
    }

    @Test
    void agentsAndSupervisorsMayNotUseTheSystemEndpoints() {
        assertProblem(as("1001").get("api/system"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("1001").get("api/system/apply-statistics"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("supervisor1").get("api/system"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("1001").put("api/system/users/1001/password", "{\"password\":\"my-own-choice\"}"), 403,
                "urn:ctios:problem:forbidden");
    }

    @Test
    void aSupervisorReadsItsTeamsMembersAndNoOtherAgent() {
        RestClient.Reply member = as("supervisor1").get("api/agents/1002");
        assertThat(member.status()).isEqualTo(200);
        assertThat(member.body().get("team").asText()).isEqualTo("1");

        assertProblem(as("supervisor1").get("api/agents/1026"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("1050").get("api/agents/1002"), 403, "urn:ctios:problem:forbidden");
        assertThat(as("1050").get("api/agents/1026").status()).isEqualTo(200);

        JsonNode team = as("supervisor1").get("api/agents").body();
        assertThat(ids(team, "id")).contains("1001", "1025").doesNotContain("1026", "1050");
        assertThat(ids(team, "team")).containsOnly("1");
    }

    @Test
    void crmReadsEverythingButMayNotAdministerTheSystem() {
        assertThat(rest().get("api/agents").body().size()).isEqualTo(50);
        assertThat(rest().get("api/agents/1026").status()).isEqualTo(200);
        assertThat(rest().get("api/calls").status()).isEqualTo(200);
        assertThat(rest().get("api/calls/history").status()).isEqualTo(200);
        assertThat(rest().get("api/skillgroups").status()).isEqualTo(200);
        assertThat(rest().get("api/system").status()).isEqualTo(200);

        assertProblem(rest().delete("api/system/apply-statistics"), 403, "urn:ctios:problem:forbidden");
        assertThat(as("admin").delete("api/system/apply-statistics").status()).isEqualTo(200);
    }

    @Test
    void everyoneSignedInReadsTheSkillGroups() {
        assertThat(as("1001").get("api/skillgroups").status()).isEqualTo(200);
        assertThat(as("supervisor1").get("api/skillgroups/1").status()).isEqualTo(200);
    }

    @Test
    void theHistoryOfEveryoneIsForCrmAndAnAgentReadsItsOwn() {
        assertProblem(as("1001").get("api/calls/history"), 403, "urn:ctios:problem:forbidden");
        assertProblem(as("1001").get("api/calls/history?agentId=1002"), 403, "urn:ctios:problem:forbidden");
        assertThat(as("1001").get("api/calls/history?agentId=1001").status()).isEqualTo(200);
        assertThat(as("supervisor1").get("api/calls/history?agentId=1002").status()).isEqualTo(200);
    }

    @Test
    void aCallIsSeenByItsAgentItsAgentsSupervisorAndCrmOnly() {
        long callId = simulator.injectCall(1, "0699001122", "7001", CallVariables.of("security"), List.of());
        JsonNode call = await("the call reaches an agent of skill group 1").atMost(WAIT).until(() -> {
            RestClient.Reply reply = rest().get("api/calls/" + callId);
            return reply.status() == 200 && reply.body().get("agentIds").size() > 0 ? reply.body() : null;
        }, found -> found != null);
        String agent = call.get("agentIds").get(0).asText();

        assertThat(as(agent).get("api/calls/" + callId).status()).isEqualTo(200);
        assertThat(ids(as(agent).get("api/calls").body(), "id")).contains(String.valueOf(callId));
        assertThat(as("supervisor1").get("api/calls/" + callId).status()).isEqualTo(200);
        assertProblem(as("1001").get("api/calls/" + callId), 403, "urn:ctios:problem:forbidden");
        assertThat(ids(as("1001").get("api/calls").body(), "id")).doesNotContain(String.valueOf(callId));
        assertProblem(as("1050").get("api/calls/" + callId), 403, "urn:ctios:problem:forbidden");
    }

    /** Agent 1048's account: no other class of the shared server signs in with it, so its new password harms none. */
    @Test
    void anAdminSetsAPasswordAndTheOldOneStopsWorking() {
        assertThat(as("1048").get("api/agents/1048").status()).isEqualTo(200);

        RestClient.Reply set = as("admin").put("api/system/users/1048/password",
                "{\"password\":\"a-long-new-secret\"}");

        assertThat(set.status()).isEqualTo(204);
        assertProblem(as("1048").get("api/agents/1048"), 401, "urn:ctios:problem:unauthenticated");
        assertThat(rest().as("1048", "a-long-new-secret").get("api/agents/1048").status()).isEqualTo(200);
        assertProblem(as("admin").put("api/system/users/1048/password", "{\"password\":\"short\"}"), 400,
                "urn:ctios:problem:validation");
        assertProblem(as("admin").put("api/system/users/nobody/password", "{\"password\":\"a-long-new-secret\"}"),
                404, "urn:ctios:problem:unknown-resource");
    }

    /** The demo accounts the tests sign in with are on: every page's warning says so, and the operators' status. */
    @Test
    void everyoneSignedInIsWarnedThatTheDemoAccountsAreOn() {
        for (String user : List.of("1001", "supervisor1", "crm")) {
            RestClient.Reply warnings = as(user).get("api/system/warnings");
            assertThat(warnings.status()).as(user).isEqualTo(200);
            assertThat(ids(warnings.body().get("warnings"), "code")).as(user).containsExactly("demo-accounts");
            assertThat(warnings.body().get("warnings").get(0).get("message").asText()).as(user)
                    .contains("admin/admin", "public");
        }
        JsonNode system = as("admin").get("api/system").body();
        assertThat(system.get("demoAccounts").asBoolean()).isTrue();
        assertThat(ids(system.get("warnings"), "code")).containsExactly("demo-accounts");
    }

    /** What the browser desktops read right after sign-in, and the 401 their scripts get. */
    @Test
    void desktopsReadWhoTheyAreTheLinkAndTheReasonCodesAndTheirScriptsGetNoChallenge() {
        JsonNode agent = as("1001").get("api/me").body();
        assertThat(agent.get("name").asText()).isEqualTo("1001");
        assertThat(texts(agent.get("roles"))).containsExactly("agent");
        assertThat(agent.get("agentId").asText()).isEqualTo("1001");
        assertThat(agent.get("supervisedTeamId").isNull()).as("present, and null").isTrue();
        JsonNode supervisor = as("supervisor1").get("api/me").body();
        assertThat(texts(supervisor.get("roles"))).containsExactly("supervisor");
        assertThat(supervisor.get("agentId").isNull()).isTrue();
        assertThat(supervisor.get("supervisedTeamId").asText()).isEqualTo("1");
        assertThat(texts(as("1025").get("api/me").body().get("roles"))).containsExactly("agent", "supervisor");

        JsonNode link = await("the link is up").atMost(WAIT).until(() -> as("1001").get("api/system/link").body(),
                state -> state.get("connected").asBoolean());
        JsonNode operators = rest().get("api/system").body();
        for (String field : List.of("connected", "side", "peripheralOnline", "resynchronising", "since")) {
            assertThat(link.get(field)).as("%s as GET /system shows it", field).isEqualTo(operators.get(field));
        }
        assertThat(link.get("side").asText()).isIn("A", "B");
        assertThat(link.has("eventsReceived")).as("no operators' counters for an agent").isFalse();
        assertProblem(as("1001").get("api/system"), 403, "urn:ctios:problem:forbidden");

        JsonNode reasons = as("1001").get("api/reason-codes").body();
        assertThat(reasons.get("notReady").get(0).get("code").asInt()).isEqualTo(1);
        assertThat(ids(reasons.get("notReady"), "label")).containsExactly("Break", "Lunch", "Meeting", "Training",
                "Coaching", "Outbound work");
        assertThat(ids(reasons.get("logout"), "label")).containsExactly("End of shift", "Sick", "Other work");
        assertThat(as("supervisor1").get("api/reason-codes").status()).isEqualTo(200);

        for (RestClient client : List.of(rest().anonymous(), rest().as("1001", "wrong"))) {
            RestClient.Reply script = client.get("api/me", "X-Requested-With", "XMLHttpRequest");
            assertProblem(script, 401, "urn:ctios:problem:unauthenticated");
            assertThat(script.header("WWW-Authenticate")).as("no challenge: no browser dialog").isNull();
        }
        assertThat(rest().anonymous().get("api/me").header("WWW-Authenticate")).startsWith("Basic realm=");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.asText()));
        return values;
    }
}
