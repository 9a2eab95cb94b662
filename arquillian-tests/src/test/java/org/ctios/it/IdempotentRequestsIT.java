package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Control requests retried with the same {@code Idempotency-Key} against the simulated switch: the retry gets the
 * first answer and the switch hears nothing more, even when the request could be carried out again; another request
 * with the key is 422, and a 504 (the switch did not confirm) is replayed rather than sent again.
 *
 * <p>Agents 1001 and 1002 dial each other; 1003 and 1004 change state. Every test starts from no calls at them.
 */
class IdempotentRequestsIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> USED = List.of("1001", "1002", "1003", "1004");
    private static final String KEY = "Idempotency-Key";

    @BeforeEach
    void noCallsAtTheAgentsUsed() {
        for (String agentId : USED) {
            clearCallsAt(agentId);
        }
    }

    private void clearCallsAt(String agentId) {
        String device = "200" + agentId.substring(3);
        simulator.onSwitch(acd -> {
            acd.callsAt(device).forEach(call -> acd.clearConnection(call.callId(), device));
            return null;
        });
        await("no calls at " + agentId).atMost(WAIT)
                .until(() -> rest().get("api/calls?agentId=" + agentId).body().isEmpty());
    }

    /** Puts the agent in a state on the switch and waits until the REST API shows it. */
    private void agentIn(String agentId, AgentState state) {
        simulator.changeAgentState(agentId, state, 0);
        await("agent " + agentId + " " + state).atMost(WAIT).until(() ->
                state.name().equals(rest().get("api/agents/" + agentId).body().get("state").asText()));
    }

    private static long callsOnTheSwitchAt(String device) {
        return simulator.calls().stream().filter(call -> call.connectionOf(device).isPresent()).count();
    }

    private static void assertProblem(RestClient.Reply reply, int status, String type) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
    }

    @Test
    void aRetriedMakeCallWithTheSameKeyMakesOneCallOnTheSwitch() {
        agentIn("1001", AgentState.NOT_READY);
        agentIn("1002", AgentState.NOT_READY);
        String key = UUID.randomUUID().toString();
        String dial = "{\"agentId\": \"1001\", \"destination\": \"2002\"}";

        RestClient.Reply made = rest().send("POST", "api/calls", dial, KEY, key);
        assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
        long callId = made.body().get("id").asLong();
        assertThat(made.header("Idempotent-Replayed")).isNull();
        assertThat(callsOnTheSwitchAt("2001")).as("calls at 2001 on the switch").isEqualTo(1);

        RestClient.Reply retried = rest().send("POST", "api/calls", dial, KEY, key);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(made.body());
        assertThat(retried.header("Location")).isEqualTo(made.header("Location")).endsWith("/api/calls/" + callId);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");

        // The call ends and 1001 could dial again: a retry with the key still only gets the first answer.
        clearCallsAt("1001");
        clearCallsAt("1002");
        agentIn("1001", AgentState.NOT_READY);
        agentIn("1002", AgentState.NOT_READY);
        RestClient.Reply late = rest().send("POST", "api/calls", dial, KEY, key);
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.body().get("id").asLong()).isEqualTo(callId);
        assertThat(callsOnTheSwitchAt("2001")).as("no new call at 2001 on the switch").isZero();

        assertProblem(rest().send("POST", "api/calls", "{\"agentId\": \"1001\", \"destination\": \"2003\"}", KEY,
                key), 422, "urn:ctios:problem:idempotency-key-reused");
        assertThat(callsOnTheSwitchAt("2001")).as("no call for the reused key").isZero();

        RestClient.Reply anotherKey = rest().send("POST", "api/calls", dial, KEY, UUID.randomUUID().toString());
        assertThat(anotherKey.status()).as("a new key is a new call: %s", anotherKey.body()).isEqualTo(201);
        assertThat(anotherKey.body().get("id").asLong()).isNotEqualTo(callId);
        assertThat(callsOnTheSwitchAt("2001")).isEqualTo(1);
    }

    @Test
    void aRetriedStateChangeReturnsTheFirstOutcomeAndChangesNothingOnTheSwitch() {
        agentIn("1003", AgentState.AVAILABLE);
        String key = UUID.randomUUID().toString();
        String notReady = "{\"state\": \"NOT_READY\", \"reasonCode\": 2}";

        RestClient.Reply changed = rest().send("PUT", "api/agents/1003/state", notReady, KEY, key);
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
        assertThat(changed.body().get("state").asText()).isEqualTo("NOT_READY");

        agentIn("1003", AgentState.AVAILABLE);
        long changesBefore = switchAgent("1003").stateChanges();
        RestClient.Reply retried = rest().send("PUT", "api/agents/1003/state", notReady, KEY, key);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(changed.body());
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(switchAgent("1003").state()).as("the switch heard nothing").isEqualTo(AgentState.AVAILABLE);
        assertThat(switchAgent("1003").stateChanges()).isEqualTo(changesBefore);

        assertProblem(rest().send("PUT", "api/agents/1003/state", "{\"state\": \"NOT_READY\", \"reasonCode\": 3}",
                KEY, key), 422, "urn:ctios:problem:idempotency-key-reused");
        assertProblem(rest().send("PUT", "api/agents/1003/state", notReady, KEY, "with space"), 400,
                "urn:ctios:problem:validation");
        assertThat(switchAgent("1003").state()).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void aTimedOutStateChangeIsReplayedAsA504RatherThanSentAgain() {
        agentIn("1004", AgentState.NOT_READY);
        String key = UUID.randomUUID().toString();
        String ready = "{\"state\": \"AVAILABLE\"}";
        RestClient.Reply timedOut;
        simulator.ignoreControlRequests(true);
        try {
            timedOut = rest().send("PUT", "api/agents/1004/state", ready, KEY, key);
        } finally {
            simulator.ignoreControlRequests(false);
        }
        assertProblem(timedOut, 504, "urn:ctios:problem:cti-timeout");

        RestClient.Reply retried = rest().send("PUT", "api/agents/1004/state", ready, KEY, key);
        assertProblem(retried, 504, "urn:ctios:problem:cti-timeout");
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(switchAgent("1004").state()).as("the retry was not sent").isEqualTo(AgentState.NOT_READY);

        RestClient.Reply anotherKey = rest().send("PUT", "api/agents/1004/state", ready, KEY,
                UUID.randomUUID().toString());
        assertThat(anotherKey.status()).as("%s", anotherKey.body()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentNamesTheHeaderOnTheThreeOperationsAndStaysValid() {
        RestClient.RawReply reply = rest().anonymous().exchange("GET", "/openapi?format=JSON", null,
                HttpRequest.BodyPublishers.noBody());
        assertThat(reply.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        assertThat(parsed.getMessages()).as("what the parser says about the document").isEmpty();
        OpenAPI document = parsed.getOpenAPI();

        List<Operation> idempotent = List.of(document.getPaths().get("/api/calls").getPost(),
                document.getPaths().get("/api/calls/{id}/actions").getPost(),
                document.getPaths().get("/api/agents/{id}/state").getPut());
        assertThat(idempotent).allSatisfy(operation -> {
            assertThat(operation.getParameters()).as(operation.getSummary()).isNotNull()
                    .filteredOn(parameter -> KEY.equals(parameter.getName()))
                    .singleElement().satisfies(parameter -> {
                        assertThat(parameter.getIn()).isEqualTo("header");
                        assertThat(parameter.getRequired()).isNotEqualTo(Boolean.TRUE);
                    });
            assertThat(operation.getResponses()).containsKey("422");
        });
        List<Parameter> elsewhere = document.getPaths().get("/api/calls/{id}/data").getPut().getParameters();
        assertThat(elsewhere == null ? List.<Parameter>of() : elsewhere).extracting(Parameter::getName)
                .doesNotContain(KEY);
    }
}
