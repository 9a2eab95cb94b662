package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton end to end: an agent state change sent by the simulator travels over the CTI link into the
 * resource adapter, through the MDB into the database, and out of the REST API.
 */
class AgentStateFlowIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int BILLING = 3;

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
            assertThat(reply.body().get("reasonLabel").asText()).as("configured nowhere").isEqualTo("Reason 42");
            assertThat(reply.body().get("extension").asText()).isEqualTo("2003");
            assertThat(reply.body().get("firstName").asText() + " " + reply.body().get("lastName").asText())
                    .as("the organisation's names").isEqualTo("Sofia Marques");
        });

        simulator.changeAgentState("1003", AgentState.AVAILABLE, 0);

        await("the next state replaces it").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(rest.get("api/agents/1003").body().get("state").asText()).isEqualTo("AVAILABLE"));
        assertThat(rest.get("api/agents").body().findValuesAsText("id")).contains("1003");
        List<String> teamNames = new ArrayList<>();
        rest.get("api/teams/1").body().get("members").forEach(member -> teamNames.add(member.get("id").asText() + " "
                + member.get("firstName").asText() + " " + member.get("lastName").asText()));
        assertThat(teamNames).as("a team's members with their names").contains("1003 Sofia Marques",
                "1025 Harriet Osei");
    }

    /**
     * Issue 21: an agent on a call asks for not ready with a reason. The switch holds it pending until the call ends
     * and says so (NextAgentState); the agent sees it in its own view and its supervisor in the team's, each with the
     * reason's label, and the state is taken, with that label, when the call is released.
     */
    @Test
    void notReadyAskedForDuringACallIsPendingWithItsLabelUntilTheCallEnds() {
        await("the CTI link connects").atMost(Duration.ofSeconds(60)).until(() -> simulator.openSessionCount() > 0);
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0); // Billing rings at 1005 alone
        }
        simulator.changeAgentState("1005", AgentState.AVAILABLE, 0);
        RestClient agent = rest().as("1005", "1005");
        RestClient supervisor = rest().as("supervisor1", "supervisor1");
        await("1005 is available").atMost(WAIT).until(() ->
                "AVAILABLE".equals(agent.get("api/agents/1005").body().get("state").asText()));
        long callId = simulator.injectCall(BILLING, "0631000021", "8005550103", CallVariables.of("acct-21"),
                List.of());
        await("the call rings at 1005").atMost(WAIT).until(() -> {
            RestClient.Reply call = agent.get("api/calls/" + callId);
            return call.status() == 200 && Parties.stateOf(call.body(), "1005").equals("ALERTING");
        });
        RestClient.Reply answered = agent.post("api/calls/" + callId + "/actions",
                "{\"action\":\"ANSWER\",\"agentId\":\"1005\"}");
        assertThat(answered.status()).as("%s", answered.body()).isEqualTo(200);
        await("1005 talks").atMost(WAIT).until(() ->
                "TALKING".equals(agent.get("api/agents/1005").body().get("state").asText()));

        RestClient.Reply asked = agent.put("api/agents/1005/state", "{\"state\": \"NOT_READY\", \"reasonCode\": 2}");

        assertThat(asked.status()).as("accepted as pending: %s", asked.body()).isEqualTo(200);
        assertPending(asked.body());
        assertPending(agent.get("api/agents/1005").body());
        JsonNode member = StreamSupport.stream(supervisor.get("api/teams/1").body().get("members").spliterator(), false)
                .filter(node -> node.get("id").asText().equals("1005")).findFirst().orElseThrow();
        assertPending(member);

        RestClient.Reply released = agent.post("api/calls/" + callId + "/actions",
                "{\"action\":\"RELEASE\",\"agentId\":\"1005\"}");
        // 204 once the call has ended; 200 with the call when the answer comes as the agent's leg is gone and the
        // switch has not yet cleared the caller's
        assertThat(released.status()).as("released: %s", released.body()).isIn(200, 204);

        await("the pending state is taken").atMost(WAIT).untilAsserted(() -> {
            JsonNode taken = agent.get("api/agents/1005").body();
            assertThat(taken.get("state").asText()).isIn("WORK_NOT_READY", "NOT_READY");
            assertThat(taken.get("reasonCode").asInt()).isEqualTo(2);
            assertThat(taken.get("reasonLabel").asText()).isEqualTo("Lunch");
            assertThat(taken.get("pendingState").isNull()).as("nothing pending: %s", taken).isTrue();
            assertThat(taken.get("pendingReasonLabel").isNull()).isTrue();
        });
    }

    private static void assertPending(JsonNode agent) {
        assertThat(agent.get("state").asText()).as("%s", agent).isEqualTo("TALKING");
        assertThat(agent.get("reasonCode").asInt()).isZero();
        assertThat(agent.get("reasonLabel").isNull()).as("no reason, no label: %s", agent).isTrue();
        assertThat(agent.get("pendingState").asText()).isEqualTo("NOT_READY");
        assertThat(agent.get("pendingReasonCode").asInt()).isEqualTo(2);
        assertThat(agent.get("pendingReasonLabel").asText()).isEqualTo("Lunch");
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
