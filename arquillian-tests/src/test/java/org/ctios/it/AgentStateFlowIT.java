package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton end to end: an agent state change sent by the simulator travels over the CTI link into the
 * resource adapter, through the MDB into the database, and out of the REST API.
 */
class AgentStateFlowIT extends DeployedAgainstSimulator {

    @Test
    void agentStateChangeFromTheCtiServerIsVisibleThroughRest() {
        RestClient rest = rest();
        await("the CTI link connects").atMost(Duration.ofSeconds(60)).until(() -> simulator.openSessionCount() > 0);

        simulator.changeAgentState("1003", AgentState.NOT_READY, 42);

        await("the agent reaches the REST API").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RestClient.Reply reply = rest.get("api/agents/1003");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("state").asText()).isEqualTo("NOT_READY");
            assertThat(reply.body().get("reasonCode").asInt()).isEqualTo(42);
            assertThat(reply.body().get("extension").asText()).isEqualTo("2003");
        });

        simulator.changeAgentState("1003", AgentState.AVAILABLE, 0);

        await("the next state replaces it").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(rest.get("api/agents/1003").body().get("state").asText()).isEqualTo("AVAILABLE"));
        assertThat(rest.get("api/agents").body().findValuesAsText("id")).contains("1003");
    }

    @Test
    void unknownAgentIsA404Problem() {
        RestClient.Reply reply = rest().get("api/agents/no-such-agent");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
    }
}
