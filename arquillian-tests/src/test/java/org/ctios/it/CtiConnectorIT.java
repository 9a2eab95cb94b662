package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The resource adapter in Payara Micro: its link status through the application, agent control through the
 * injected outbound connection factory, the CTI Server's refusals as problem details, and a failure of the side in
 * use followed by an outage of both sides, after which the snapshot brings the stored agents back to the switch's
 * truth.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CtiConnectorIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private String storedState(String agentId) {
        RestClient.Reply reply = rest().get("api/agents/" + agentId);
        return reply.status() == 200 ? reply.body().get("state").asText() : "absent (" + reply.status() + ")";
    }

    private AgentState truth(String agentId) {
        return simulator.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow()
                .state();
    }

    @Test
    @Order(1)
    void theLinkStatusShowsTheOpenSession() {
        await("the CTI link connects").atMost(Duration.ofSeconds(60))
                .until(() -> rest().get("api/system").body().get("connected").asBoolean());

        RestClient.Reply status = rest().get("api/system");
        // The simulator may start after Payara Micro: the link then finds whichever side it tries next.
        assertThat(status.body().get("side").asText()).isIn("A", "B");
        assertThat(status.body().get("peripheralOnline").asBoolean()).isTrue();
        assertThat(status.body().get("since").asText()).isNotEmpty();
    }

    @Test
    @Order(2)
    void anAgentIsLoggedInAndMadeReadyThroughTheOutboundConnectionFactory() {
        RestClient.Reply login = rest().put("api/agents/1001/state",
                "{\"state\":\"LOGIN\",\"instrument\":\"2001\",\"password\":\"1001\"}");
        // 200: the CTI Server confirmed and the stored agent already shows the change.
        assertThat(login.status()).isEqualTo(200);
        RestClient.Reply ready = rest().put("api/agents/1001/state", "{\"state\":\"AVAILABLE\"}");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().get("state").asText()).isEqualTo("AVAILABLE");

        assertThat(truth("1001")).isEqualTo(AgentState.AVAILABLE);
        await("the resulting event is stored").atMost(WAIT).until(() -> storedState("1001").equals("AVAILABLE"));

        assertThat(rest().put("api/agents/1001/state", "{\"state\":\"NOT_READY\",\"reasonCode\":14}").status())
                .isEqualTo(200);
        await().atMost(WAIT).untilAsserted(() -> {
            RestClient.Reply agent = rest().get("api/agents/1001");
            assertThat(agent.body().get("state").asText()).isEqualTo("NOT_READY");
            assertThat(agent.body().get("reasonCode").asInt()).isEqualTo(14);
        });
    }

    @Test
    @Order(3)
    void theCtiServersRefusalIsAProblemWithItsFailureCode() {
        // A logged-out agent's only enabled action is LOGIN, so the refusal to test is a wrong password.
        RestClient.Reply refused = rest().put("api/agents/1002/state",
                "{\"state\":\"LOGIN\",\"instrument\":\"2002\",\"password\":\"wrong\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:ctios:problem:cti-refused");
        assertThat(refused.body().get("failureName").asText()).isEqualTo("INVALID_PASSWORD_SPECIFIED");
        assertThat(truth("1002")).as("nothing changed").isEqualTo(AgentState.LOGOUT);
    }

    @Test
    @Order(4)
    void anUnknownStateIsABadRequest() {
        RestClient.Reply invalid = rest().put("api/agents/1001/state", "{\"state\":\"ASLEEP\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("type").asText()).isEqualTo("urn:ctios:problem:validation");
        assertThat(invalid.body().get("errors").findValuesAsText("field")).containsExactly("state");
    }

    @Test
    @Order(5)
    void afterFailoverAndAnOutageTheStoredAgentsMatchTheSwitch() throws Exception {
        RestClient.Reply before = rest().get("api/system");
        String first = before.body().get("side").asText();
        String other = first.equals("A") ? "B" : "A";
        long reconnects = before.body().get("reconnects").asLong();

        simulator.failSide(first);
        await("the link moves to the other side").atMost(WAIT).until(() -> {
            RestClient.Reply status = rest().get("api/system");
            return status.body().get("connected").asBoolean() && other.equals(status.body().get("side").asText());
        });
        simulator.changeAgentState("1004", AgentState.AVAILABLE, 0);
        await("events flow from the other side").atMost(WAIT).until(() -> storedState("1004").equals("AVAILABLE"));

        simulator.failSide(other);
        await("the link is down").atMost(WAIT)
                .until(() -> !rest().get("api/system").body().get("connected").asBoolean());
        RestClient.Reply down = rest().put("api/agents/1001/state", "{\"state\":\"AVAILABLE\"}");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().get("type").asText()).isEqualTo("urn:ctios:problem:link-down");
        // Unseen by the application while both sides are down:
        simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);
        simulator.changeAgentState("1004", AgentState.LOGOUT, 0);
        simulator.changeAgentState("1005", AgentState.NOT_READY, 3);

        simulator.restoreSide(first);

        await("the snapshot after reconnecting repairs the stored agents").atMost(WAIT).untilAsserted(() -> {
            assertThat(storedState("1001")).isEqualTo("AVAILABLE");
            assertThat(storedState("1004")).isEqualTo("LOGOUT");
            assertThat(storedState("1005")).isEqualTo("NOT_READY");
        });
        RestClient.Reply status = rest().get("api/system");
        assertThat(status.body().get("side").asText()).isEqualTo(first);
        assertThat(status.body().get("reconnects").asLong()).isEqualTo(reconnects + 2);
        assertThat(status.body().get("deadLetters").asLong()).isZero();
    }
}
