package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Agent state control over REST as a desktop sees it: each answer of PUT /agents/{id}/state, from the happy path to
 * the CTI link being down, a CTI Server whose event is late (202) and one that does not answer (504). Agent 1001 is a controlled agent of the demo scenario: logged out until asked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentControlIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static void assertProblem(RestClient.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body() == null ? "no body" : reply.body().toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
    }

    private boolean linkConnected() {
        return rest().get("api/system").body().get("connected").asBoolean();
    }

    @Test
    @Order(1)
    void aBodyWithBadFieldsIsA400ListingEachFieldAndChangesNothing() {
        await("the link connects and agent 1001 is known").atMost(Duration.ofSeconds(90)).until(() ->
                linkConnected() && rest().get("api/agents/1001").status() == 200);

        RestClient.Reply reply = rest().put("api/agents/1001/state", "{\"state\": \"DANCING\", \"reasonCode\": -1}");

        assertProblem(reply, 400, "urn:ctios:problem:validation");
        assertThat(reply.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("reasonCode", "state");
        assertThat(reply.body().get("errors").get(1).get("message").asText()).contains("AVAILABLE");

        RestClient.Reply loginWithoutPassword = rest().put("api/agents/1001/state", "{\"state\": \"LOGIN\"}");
        assertProblem(loginWithoutPassword, 400, "urn:ctios:problem:validation");
        assertThat(loginWithoutPassword.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("password");

        assertProblem(rest().put("api/agents/1001/state", ""), 400, "urn:ctios:problem:validation");
        assertThat(rest().get("api/agents/1001").body().get("state").asText()).isEqualTo("LOGOUT");
    }

    @Test
    @Order(2)
    void anUnknownAgentIsA404() {
        RestClient.Reply reply = rest().put("api/agents/no-such-agent/state", "{\"state\": \"AVAILABLE\"}");

        assertProblem(reply, 404, "urn:ctios:problem:unknown-resource");
        assertThat(reply.body().get("detail").asText()).contains("no-such-agent");
    }

    @Test
    @Order(3)
    void aWrongPasswordIsRefusedByTheCtiServerWithItsFailureCode() {
        RestClient.Reply reply = rest().put("api/agents/1001/state",
                "{\"state\": \"LOGIN\", \"instrument\": \"2001\", \"password\": \"wrong\"}");

        assertProblem(reply, 409, "urn:ctios:problem:cti-refused");
        assertThat(reply.body().get("failureName").asText()).isEqualTo("INVALID_PASSWORD_SPECIFIED");
        assertThat(reply.body().get("failureCode").asLong()).isPositive();
        assertThat(rest().get("api/agents/1001").body().get("state").asText()).isEqualTo("LOGOUT");
    }

    @Test
    @Order(4)
    void theAgentLogsInBecomesReadyAndNotReadyEachAnswered200WithTheNewState() {
        RestClient.Reply login = rest().put("api/agents/1001/state",
                "{\"state\": \"LOGIN\", \"instrument\": \"2001\", \"password\": \"1001\"}");
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        assertThat(login.body().get("state").asText()).isNotEqualTo("LOGOUT");

        RestClient.Reply ready = rest().put("api/agents/1001/state", "{\"state\": \"AVAILABLE\"}");
        assertThat(ready.status()).as(ready.body().toString()).isEqualTo(200);
        assertThat(ready.body().get("state").asText()).isEqualTo("AVAILABLE");

        RestClient.Reply notReady = rest().put("api/agents/1001/state", "{\"state\": \"NOT_READY\", \"reasonCode\": 12}");
        assertThat(notReady.status()).as(notReady.body().toString()).isEqualTo(200);
        assertThat(notReady.body().get("state").asText()).isEqualTo("NOT_READY");
        assertThat(notReady.body().get("reasonCode").asInt()).isEqualTo(12);
        assertThat(rest().get("api/agents/1001").body().get("state").asText()).isEqualTo("NOT_READY");
    }

    @Test
    @Order(5)
    void aChangeTheAgentsStateDoesNotEnableIsA409WithWhatIsEnabled() {
        assertThat(rest().put("api/agents/1001/state", "{\"state\": \"AVAILABLE\"}").status()).isEqualTo(200);

        RestClient.Reply reply = rest().put("api/agents/1001/state", "{\"state\": \"LOGOUT\"}");

        assertProblem(reply, 409, "urn:ctios:problem:not-enabled");
        assertThat(reply.body().get("requestedAction").asText()).isEqualTo("LOGOUT");
        assertThat(reply.body().get("enabledActions")).extracting(JsonNode::asText)
                .containsExactly("NOT_READY", "NOT_READY_WITH_REASON");
        assertThat(rest().get("api/agents/1001").body().get("state").asText()).isEqualTo("AVAILABLE");
    }

    @Test
    @Order(6)
    void withTheLinkDownAChangeIsA503WithRetryAfterAndWorksAgainOnceItIsBack() throws Exception {
        simulator.failSide("A");
        simulator.failSide("B");
        try {
            await("the link is down").atMost(WAIT).until(() -> !linkConnected());

            RestClient client = rest();
            RestClient.Reply reply = client.put("api/agents/1001/state", "{\"state\": \"NOT_READY\"}");

            assertProblem(reply, 503, "urn:ctios:problem:link-down");
            assertThat(client.lastHeader("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Integer.parseInt(seconds)).isPositive());
        } finally {
            simulator.restoreSide("A");
            simulator.restoreSide("B");
        }
        await("the link is back").atMost(WAIT).until(this::linkConnected);
        RestClient.Reply again = rest().put("api/agents/1001/state", "{\"state\": \"NOT_READY\"}");
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(again.body().get("state").asText()).isEqualTo("NOT_READY");
    }

    @Test
    @Order(7)
    void whenTheCtiServerConfirmsButItsEventIsLateTheAnswerIs202WithTheAgentAsItIs() {
        assertThat(rest().get("api/agents/1001").body().get("state").asText()).isEqualTo("NOT_READY");
        simulator.holdEvents();
        RestClient.Reply reply;
        try {
            reply = rest().put("api/agents/1001/state", "{\"state\": \"AVAILABLE\"}");

            assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(202);
            assertThat(reply.body().get("id").asText()).isEqualTo("1001");
            assertThat(reply.body().get("state").asText()).as("not stored yet").isEqualTo("NOT_READY");
            assertThat(simulator.agents()).filteredOn(agent -> agent.agentId().equals("1001"))
                    .extracting(agent -> agent.state().name()).as("the switch did it").containsExactly("AVAILABLE");
        } finally {
            simulator.releaseEvents();
        }
        await("the late event is stored").atMost(WAIT).until(() ->
                "AVAILABLE".equals(rest().get("api/agents/1001").body().get("state").asText()));
    }

    @Test
    @Order(8)
    void whenTheCtiServerDoesNotAnswerTheChangeIsA504AndNothingChanges() {
        simulator.ignoreControlRequests(true);
        try {
            RestClient.Reply reply = rest().put("api/agents/1001/state", "{\"state\": \"NOT_READY\"}");

            assertProblem(reply, 504, "urn:ctios:problem:cti-timeout");
            assertThat(simulator.agents()).filteredOn(agent -> agent.agentId().equals("1001"))
                    .extracting(agent -> agent.state().name()).as("the switch never heard of it")
                    .containsExactly("AVAILABLE");
        } finally {
            simulator.ignoreControlRequests(false);
        }
        assertThat(rest().get("api/agents/1001").body().get("state").asText()).isEqualTo("AVAILABLE");
        RestClient.Reply again = rest().put("api/agents/1001/state", "{\"state\": \"NOT_READY\"}");
        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(200);
    }
}
