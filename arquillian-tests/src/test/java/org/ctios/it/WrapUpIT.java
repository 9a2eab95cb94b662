package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wrap-up reasons through the REST API against the simulated switch: a customer call answered and hung up at agent
 * 1004, which the demo's switch then puts in wrap-up; the agent sets a reason and wrap-up data on the call's history
 * record, where the history shows and filters them; a reason outside the catalogue, another agent, and the agent's
 * next call are refused; a wrap-up on the agent's behalf is audited.
 *
 * <p>Customer calls reach 1004 through skill group 3 (Billing), whose simulated agents are made not ready first, as
 * in {@code CallControlIT}.
 */
class WrapUpIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int BILLING = 3;
    private static final String AGENT = "1004";

    @BeforeEach
    void quietBillingAndAgentNotReady() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).until(() -> {
            RestClient.Reply agent = rest().get("api/agents/1006");
            return agent.status() == 200 && "AVAILABLE".equals(agent.body().get("state").asText());
        });
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0);
        }
        agentIn(AGENT, AgentState.NOT_READY);
    }

    private void agentIn(String agentId, AgentState state) {
        simulator.changeAgentState(agentId, state, 0);
        await("agent " + agentId + " " + state).atMost(WAIT).until(() ->
                state.name().equals(rest().get("api/agents/" + agentId).body().get("state").asText()));
    }

    private RestClient asAgent(String agentId) {
        return rest().as(agentId, agentId);
    }

    /** A customer call for Billing, answered and hung up by the agent; its history record's call key. */
    private String handledCall(String ani) {
        agentIn(AGENT, AgentState.AVAILABLE);
        long callId = simulator.injectCall(BILLING, ani, "8005550103", CallVariables.of("acct-" + ani), List.of());
        await("the call rings at " + AGENT).atMost(WAIT).until(() -> {
            RestClient.Reply call = rest().get("api/calls/" + callId);
            return call.status() == 200 && Parties.stateOf(call.body(), AGENT).equals("ALERTING");
        });
        assertThat(act(callId, "ANSWER").status()).isEqualTo(200);
        assertThat(act(callId, "RELEASE").status()).isIn(200, 204);
        await("the agent is in wrap-up").atMost(WAIT).until(() -> rest().get("api/agents/" + AGENT).body()
                .get("state").asText().startsWith("WORK_"));
        List<String> keys = new ArrayList<>();
        await("the call is in the history").atMost(WAIT).until(() -> {
            keys.clear();
            history("agentId=" + AGENT + "&ani=" + ani).forEach(record -> {
                if (record.get("id").asLong() == callId) {
                    keys.add(record.get("callKey").asText());
                }
            });
            return keys.size() == 1;
        });
        return keys.get(0);
    }

    private RestClient.Reply act(long callId, String action) {
        return asAgent(AGENT).post("api/calls/" + callId + "/actions",
                "{\"action\":\"" + action + "\",\"agentId\":\"" + AGENT + "\"}");
    }

    private JsonNode history(String query) {
        RestClient.Reply reply = rest().get("api/calls/history?" + query);
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        return reply.body().get("records");
    }

    private static List<String> callKeys(JsonNode records) {
        List<String> keys = new ArrayList<>();
        records.forEach(record -> keys.add(record.get("callKey").asText()));
        return keys;
    }

    private static RestClient.Reply wrapUp(RestClient client, String callKey, String agentId, String reason,
                                           String data) {
        return client.put("api/calls/history/" + callKey + "/wrapup", "{\"agentId\":\"" + agentId
                + "\",\"wrapupReason\":\"" + reason + "\"" + (data == null ? "" : ",\"wrapupData\":\"" + data + "\"")
                + "}");
    }

    private static void assertProblem(RestClient.Reply reply, int status, String type) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
    }

    @Test
    void theAgentInWrapUpSetsReasonAndDataTheHistoryShowsAndFindsThemAndOthersAreRefused() {
        Instant start = Instant.now().minusSeconds(1);
        String callKey = handledCall("0611000001");

        RestClient.Reply reasons = asAgent(AGENT).get("api/wrapup-reasons?agentId=" + AGENT);
        assertThat(reasons.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        reasons.body().get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        assertThat(codes).contains("sale", "callback");

        RestClient.Reply set = wrapUp(asAgent(AGENT), callKey, AGENT, "sale", "order 42");
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        assertThat(set.body().get("wrapupReason").asText()).isEqualTo("sale");
        assertThat(set.body().get("wrapupData").asText()).isEqualTo("order 42");
        assertThat(set.body().get("wrapupAgentId").asText()).isEqualTo(AGENT);

        JsonNode record = rest().get("api/calls/history/" + callKey).body();
        assertThat(record.get("wrapupReason").asText()).isEqualTo("sale");
        assertThat(record.get("wrapupData").asText()).isEqualTo("order 42");
        assertThat(callKeys(history("agentId=" + AGENT + "&wrapupReason=sale"))).contains(callKey);
        assertThat(callKeys(history("agentId=" + AGENT + "&wrapupData=order%2042"))).contains(callKey);
        assertThat(callKeys(history("agentId=" + AGENT + "&wrapupReason=callback"))).doesNotContain(callKey);

        assertProblem(wrapUp(asAgent(AGENT), callKey, AGENT, "lunch", null), 400, "urn:ctios:problem:validation");
        assertProblem(wrapUp(asAgent("1005"), callKey, "1005", "sale", null), 403, "urn:ctios:problem:forbidden");
        assertProblem(wrapUp(asAgent("1005"), callKey, AGENT, "sale", null), 403, "urn:ctios:problem:forbidden");
        assertProblem(wrapUp(asAgent(AGENT), "no-such-call", AGENT, "sale", null), 404,
                "urn:ctios:problem:unknown-resource");
        assertThat(rest().get("api/calls/history/" + callKey).body().get("wrapupReason").asText())
                .as("unchanged by the refusals").isEqualTo("sale");

        RestClient.Reply onBehalf = wrapUp(rest(), callKey, AGENT, "callback", null);
        assertThat(onBehalf.status()).as("%s", onBehalf.body()).isEqualTo(200);
        assertThat(onBehalf.body().get("wrapupReason").asText()).isEqualTo("callback");
        assertThat(onBehalf.body().get("wrapupData").asText()).as("kept").isEqualTo("order 42");
        JsonNode audit = rest().as("admin", "admin").get("api/audit?actor=crm&agentId=" + AGENT + "&from="
                + start).body().get("entries");
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.get("action").asText() + " " + entry.get("status").asInt()));
        assertThat(actions).as("crm's wrap-up for the agent is audited").contains("wrapup callback 200");
    }

    @Test
    void theAgentsNextCallEndsTheWrapUpOfTheOneBefore() {
        String first = handledCall("0611000002");
        String second = handledCall("0611000003");

        assertProblem(wrapUp(asAgent(AGENT), first, AGENT, "sale", null), 409, "urn:ctios:problem:wrapup-refused");
        assertThat(wrapUp(asAgent(AGENT), second, AGENT, "sale", null).status()).isEqualTo(200);
    }
}
