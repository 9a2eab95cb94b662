package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Call control through the REST API against the simulated switch: dialling, answering, holding, consulting,
 * transferring, conferencing, releasing and call data, each answered with the call as stored; and the errors.
 *
 * <p>Customer calls reach a chosen agent through skill group 3 (Billing): its simulated agents are made not ready
 * before each test, so the controlled agent 1004 (or 1005) is the only one the ACD can route to. Agent 1005 is the
 * consulted party, 1001 and 1002 dial each other. Every test starts from no calls at those agents.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallControlIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> CONTROLLED = List.of("1001", "1002", "1003", "1004", "1005");
    private static final int BILLING = 3;

    @BeforeEach
    void quietBillingAndNoCallsAtTheControlledAgents() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).until(() -> {
            RestClient.Reply agent = rest().get("api/agents/1006");
            return agent.status() == 200 && "AVAILABLE".equals(agent.body().get("state").asText());
        });
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0);
        }
        for (String agentId : CONTROLLED) {
            String device = "200" + agentId.substring(3);
            simulator.onSwitch(acd -> {
                acd.callsAt(device).forEach(call -> acd.clearConnection(call.callId(), device));
                return null;
            });
        }
        await("no calls at the controlled agents").atMost(WAIT).until(() -> CONTROLLED.stream()
                .allMatch(id -> rest().get("api/calls?agentId=" + id).body().isEmpty()));
        agentIn("1004", AgentState.NOT_READY);
        agentIn("1005", AgentState.NOT_READY);
    }

    // ------------------------------------------------------------------ helpers

    /** Puts the agent in a state on the switch (logging it in if needed) and waits until the REST API shows it. */
    private void agentIn(String agentId, AgentState state) {
        simulator.changeAgentState(agentId, state, 0);
        await("agent " + agentId + " " + state).atMost(WAIT).until(() ->
                state.name().equals(rest().get("api/agents/" + agentId).body().get("state").asText()));
    }

    /** A customer call for Billing, which only {@code agentId} can take; returns its id once it rings there. */
    private long customerCallRingingAt(String agentId, String ani) {
        agentIn(agentId, AgentState.AVAILABLE);
        long callId = simulator.injectCall(BILLING, ani, "8005550103", CallVariables.of("acct-" + ani),
                List.of());
        await("the call rings at " + agentId).atMost(WAIT).until(() -> {
            JsonNode call = call(callId);
            return call != null && Parties.stateOf(call, agentId).equals("ALERTING");
        });
        return callId;
    }

    private long answeredCustomerCall(String agentId, String ani) {
        long callId = customerCallRingingAt(agentId, ani);
        assertThat(act(callId, "ANSWER", agentId, null).status()).isEqualTo(200);
        return callId;
    }

    private RestClient.Reply act(long callId, String action, String agentId, String destination) {
        String body = "{\"action\":\"" + action + "\",\"agentId\":\"" + agentId + "\""
                + (destination == null ? "" : ",\"destination\":\"" + destination + "\"") + "}";
        return rest().post("api/calls/" + callId + "/actions", body);
    }

    private JsonNode call(long callId) {
        RestClient.Reply reply = rest().get("api/calls/" + callId);
        return reply.status() == 200 ? reply.body() : null;
    }

    /**
     * Waits until the agent's legs on the calls are in the given states; when they are not, the failure shows what
     * the request answered, the calls as the server and as the switch hold them, and the link's delivery figures, so
     * that a lost event, a late one and a request the switch did not carry out can be told apart.
     */
    private void awaitLegs(String alias, RestClient.Reply request, String agentId, Map<Long, String> expected) {
        try {
            await(alias).atMost(WAIT).until(() -> expected.entrySet().stream().allMatch(leg ->
                    Parties.stateOf(call(leg.getKey()), agentId).equals(leg.getValue())));
        } catch (ConditionTimeoutException e) {
            StringBuilder story = new StringBuilder(alias + " did not happen within " + WAIT + ". The request answered "
                    + request.status() + " " + request.body() + ".");
            expected.keySet().forEach(callId -> story.append("\nserver, call ").append(callId).append(": ")
                    .append(call(callId)).append("\nswitch, call ").append(callId).append(": ")
                    .append(truth(callId)));
            story.append("\nlink: ").append(rest().get("api/system/link").body());
            throw new AssertionError(story.toString(), e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static void assertProblem(RestClient.Reply reply, int status, String type) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
    }

    private CallView truth(long callId) {
        return simulator.calls().stream().filter(c -> c.callId() == callId).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ the flows

    @Test
    @Order(1)
    void anAgentDialsAnotherWhoAnswersHoldsRetrievesAndTheCallerReleases() {
        agentIn("1001", AgentState.NOT_READY);
        agentIn("1002", AgentState.NOT_READY);

        RestClient.Reply made = rest().post("api/calls", """
                {"agentId": "1001", "destination": "2002", "callVariables": {"CallVariable1": "dial-1"},
                 "ecc": {"user.case": "C-1"}}""");

        assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
        long callId = made.body().get("id").asLong();
        assertThat(made.header("Location")).endsWith("/api/calls/" + callId);
        assertThat(texts(made.body().get("agentIds"))).contains("1001");
        assertThat(made.body().get("callVariables").get("CallVariable1").asText()).isEqualTo("dial-1");
        assertThat(made.body().get("ecc").get("user.case").asText()).isEqualTo("C-1");
        assertThat(truth(callId)).as("the switch has the call").isNotNull();
        await("it rings at 1002").atMost(WAIT).until(() -> Parties.stateOf(call(callId), "1002").equals("ALERTING"));

        RestClient.Reply answered = act(callId, "ANSWER", "1002", null);
        assertThat(answered.status()).as("%s", answered.body()).isEqualTo(200);
        assertThat(Parties.stateOf(answered.body(), "1002")).isEqualTo("CONNECT");

        RestClient.Reply held = act(callId, "HOLD", "1002", null);
        assertThat(held.status()).isEqualTo(200);
        assertThat(Parties.stateOf(held.body(), "1002")).isEqualTo("HOLD");
        assertThat(texts(held.body().get("enabledActions").get("1002"))).contains("RETRIEVE").doesNotContain("HOLD");

        RestClient.Reply retrieved = act(callId, "RETRIEVE", "1002", null);
        assertThat(retrieved.status()).isEqualTo(200);
        assertThat(Parties.stateOf(retrieved.body(), "1002")).isEqualTo("CONNECT");

        RestClient.Reply released = act(callId, "RELEASE", "1001", null);
        assertThat(released.status()).as("done: 204 when the call ended, else the call without 1001")
                .isIn(200, 204);
        if (released.status() == 200) {
            assertThat(Parties.stateOf(released.body(), "1001")).isEmpty();
        }
        await("the call ends").atMost(WAIT).until(() -> rest().get("api/calls/" + callId).status() == 404);
        assertThat(truth(callId)).isNull();
    }

    @Test
    @Order(2)
    void callDataIsSetAndShownAndBadDataIsRefusedFieldByFieldWithoutChangingTheCall() {
        long callId = answeredCustomerCall("1004", "0630000001");

        RestClient.Reply set = rest().put("api/calls/" + callId + "/data", """
                {"callVariables": {"CallVariable2": "case-42", "CallVariable10": "vip"},
                 "ecc": {"user.tier": "gold"}, "wrapupData": "sold"}""");

        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        assertThat(set.body().get("callVariables").get("CallVariable2").asText()).isEqualTo("case-42");
        JsonNode shown = call(callId);
        assertThat(shown.get("callVariables").get("CallVariable1").asText()).isEqualTo("acct-0630000001");
        assertThat(shown.get("callVariables").get("CallVariable2").asText()).isEqualTo("case-42");
        assertThat(shown.get("callVariables").get("CallVariable10").asText()).isEqualTo("vip");
        assertThat(shown.get("ecc").get("user.tier").asText()).isEqualTo("gold");
        assertThat(shown.get("wrapupData").asText()).isEqualTo("sold");
        assertThat(truth(callId).callVariables().get(2)).as("on the switch").isEqualTo("case-42");

        RestClient.Reply refused = rest().put("api/calls/" + callId + "/data", """
                {"callVariables": {"CallVariable11": "x", "CallVariable1": "%s"},
                 "ecc": {"user.tier": "silver"}, "wrapupData": "%s"}""".formatted("a".repeat(41), "w".repeat(40)));

        assertProblem(refused, 400, "urn:ctios:problem:validation");
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("callVariables[CallVariable1]", "callVariables[CallVariable11]",
                "wrapupData");
        JsonNode after = call(callId);
        assertThat(after.get("callVariables").get("CallVariable1").asText()).isEqualTo("acct-0630000001");
        assertThat(after.get("ecc").get("user.tier").asText()).as("nothing of the bad request applied")
                .isEqualTo("gold");
        assertThat(truth(callId).callVariables().get(1)).isEqualTo("acct-0630000001");
    }

    @Test
    @Order(3)
    void aConsultationIsTransferredToTheConsultedAgent() {
        long customerCall = answeredCustomerCall("1004", "0630000002");

        RestClient.Reply consulted = act(customerCall, "CONSULT", "1004", "2005");

        assertThat(consulted.status()).as("%s", consulted.body()).isEqualTo(200);
        long consultation = consulted.body().get("id").asLong();
        assertThat(consultation).as("the answer shows the consultation call").isNotEqualTo(customerCall);
        assertThat(Parties.stateOf(consulted.body(), "1004")).isIn("INITIATE", "CONNECT");
        assertThat(Parties.stateOf(call(customerCall), "1004")).isEqualTo("HOLD");
        await("the consultation rings at 1005").atMost(WAIT)
                .until(() -> Parties.stateOf(call(consultation), "1005").equals("ALERTING"));
        assertThat(act(consultation, "ANSWER", "1005", null).status()).isEqualTo(200);

        RestClient.Reply transferred = act(customerCall, "TRANSFER", "1004", null);

        assertThat(transferred.status()).as("%s", transferred.body()).isEqualTo(200);
        assertThat(transferred.body().get("id").asLong()).isEqualTo(customerCall);
        assertThat(Parties.stateOf(transferred.body(), "1004")).as("the transferring agent left").isEmpty();
        assertThat(Parties.stateOf(transferred.body(), "1005")).isEqualTo("CONNECT");
        assertThat(rest().get("api/calls/" + consultation).status()).as("the consultation ended").isEqualTo(404);
        assertThat(truth(customerCall).connectionOf("2005")).isPresent();
        assertThat(truth(customerCall).connectionOf("2004")).isEmpty();
    }

    @Test
    @Order(4)
    void aConsultationBecomesAConferenceThatOutlivesTheAgentsLeavingOneByOne() {
        long customerCall = answeredCustomerCall("1004", "0630000003");
        long consultation = act(customerCall, "CONSULT", "1004", "2005").body().get("id").asLong();
        await("the consultation rings at 1005").atMost(WAIT)
                .until(() -> Parties.stateOf(call(consultation), "1005").equals("ALERTING"));
        assertThat(act(consultation, "ANSWER", "1005", null).status()).isEqualTo(200);

        RestClient.Reply conferenced = act(consultation, "CONFERENCE", "1004", null);

        assertThat(conferenced.status()).as("%s", conferenced.body()).isEqualTo(200);
        assertThat(conferenced.body().get("id").asLong()).isEqualTo(customerCall);
        assertThat(Parties.stateOf(conferenced.body(), "1004")).isEqualTo("CONNECT");
        assertThat(Parties.stateOf(conferenced.body(), "1005")).isEqualTo("CONNECT");
        assertThat(rest().get("api/calls/" + consultation).status()).isEqualTo(404);

        RestClient.Reply firstLeaves = act(customerCall, "RELEASE", "1004", null);
        assertThat(firstLeaves.status()).as("%s", firstLeaves.body()).isEqualTo(200);
        assertThat(Parties.stateOf(firstLeaves.body(), "1004")).isEmpty();
        assertThat(Parties.stateOf(firstLeaves.body(), "1005")).isEqualTo("CONNECT");
    }

    @Test
    @Order(5)
    void alternateSwapsTheCallsAndReconnectDropsTheConsultation() {
        long customerCall = answeredCustomerCall("1004", "0630000004");
        long consultation = act(customerCall, "CONSULT", "1004", "2005").body().get("id").asLong();
        await("the consultation rings at 1005").atMost(WAIT)
                .until(() -> Parties.stateOf(call(consultation), "1005").equals("ALERTING"));
        assertThat(act(consultation, "ANSWER", "1005", null).status()).isEqualTo(200);

        RestClient.Reply alternated = act(consultation, "ALTERNATE", "1004", null);

        // 200 once the stored calls show the swap, 202 when the switch confirmed it but the events were not yet
        // applied within the request's wait (a loaded machine): either way the calls swap.
        assertThat(alternated.status()).as("%s", alternated.body()).isIn(200, 202);
        awaitLegs("the customer connected, the consultation held", alternated, "1004",
                Map.of(customerCall, "CONNECT", consultation, "HOLD"));

        RestClient.Reply alternatedBack = act(customerCall, "ALTERNATE", "1004", null);
        assertThat(alternatedBack.status()).as("%s", alternatedBack.body()).isIn(200, 202);
        awaitLegs("the consultation connected again, the customer held", alternatedBack, "1004",
                Map.of(customerCall, "HOLD", consultation, "CONNECT"));

        RestClient.Reply reconnected = act(consultation, "RECONNECT", "1004", null);

        assertThat(reconnected.status()).as("%s", reconnected.body()).isEqualTo(200);
        assertThat(reconnected.body().get("id").asLong()).as("answers with the retrieved call")
                .isEqualTo(customerCall);
        assertThat(Parties.stateOf(reconnected.body(), "1004")).isEqualTo("CONNECT");
        await("the consultation ends").atMost(WAIT)
                .until(() -> rest().get("api/calls/" + consultation).status() == 404);
    }

    @Test
    @Order(6)
    void aSingleStepTransferLeavesTheCallRingingAtTheDestination() {
        long callId = answeredCustomerCall("1004", "0630000005");

        RestClient.Reply transferred = act(callId, "SINGLE_STEP_TRANSFER", "1004", "2005");

        assertThat(transferred.status()).as("%s", transferred.body()).isEqualTo(200);
        assertThat(Parties.stateOf(transferred.body(), "1004")).isEmpty();
        await("it rings at 1005").atMost(WAIT).until(() -> Parties.stateOf(call(callId), "1005").equals("ALERTING"));
        RestClient.Reply answered = act(callId, "ANSWER", "1005", null);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(Parties.stateOf(answered.body(), "1005")).isEqualTo("CONNECT");
    }

    @Test
    @Order(7)
    void theOpenApiDocumentDescribesCallControlWithItsProblems() {
        RestClient.Reply openapi = rest().get("/openapi?format=JSON");

        assertThat(openapi.status()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        openapi.body().get("paths").fieldNames().forEachRemaining(paths::add);
        String actionsPath = paths.stream().filter(path -> path.endsWith("/actions")).findFirst().orElseThrow(
                () -> new AssertionError("no actions path in " + paths));
        JsonNode responses = openapi.body().get("paths").get(actionsPath).get("post").get("responses");
        assertThat(responses.fieldNames()).toIterable().contains("200", "400", "404", "409", "503");
        assertThat(responses.get("409").toString()).contains("urn:ctios:problem:not-enabled", "enabledActions");
        assertThat(paths).anyMatch(path -> path.endsWith("/data"));
    }

    // ------------------------------------------------------------------ errors

    @Test
    @Order(8)
    void anActionTheAgentsButtonsDoNotOfferIsA409WithWhatIsEnabled() {
        long callId = customerCallRingingAt("1004", "0630000006");

        RestClient.Reply refused = act(callId, "HOLD", "1004", null);

        assertProblem(refused, 409, "urn:ctios:problem:not-enabled");
        assertThat(texts(refused.body().get("enabledActions"))).containsExactly("ANSWER", "DEFLECT");
        assertThat(Parties.stateOf(call(callId), "1004")).as("nothing changed").isEqualTo("ALERTING");

        RestClient.Reply notOnTheCall = act(callId, "ANSWER", "1003", null);
        assertProblem(notOnTheCall, 409, "urn:ctios:problem:not-enabled");
        assertThat(notOnTheCall.body().get("enabledActions")).isEmpty();

        agentIn("1003", AgentState.AVAILABLE);
        RestClient.Reply availableAgentDials = rest().post("api/calls",
                "{\"agentId\": \"1003\", \"destination\": \"0612345678\"}");
        assertProblem(availableAgentDials, 409, "urn:ctios:problem:not-enabled");
        assertThat(texts(availableAgentDials.body().get("enabledActions"))).contains("NOT_READY")
                .doesNotContain("MAKE_CALL");
        agentIn("1003", AgentState.NOT_READY);
    }

    @Test
    @Order(9)
    void badRequestsAre400AndUnknownCalls404() {
        RestClient.Reply noDestination = rest().post("api/calls", "{\"agentId\": \"1001\"}");
        assertProblem(noDestination, 400, "urn:ctios:problem:validation");
        assertThat(noDestination.body().get("errors").get(0).get("field").asText()).isEqualTo("destination");

        RestClient.Reply unknownAction = rest().post("api/calls/1/actions",
                "{\"action\": \"JUMP\", \"agentId\": \"1001\"}");
        assertProblem(unknownAction, 400, "urn:ctios:problem:validation");
        assertThat(unknownAction.body().get("errors").get(0).get("field").asText()).isEqualTo("action");

        long callId = answeredCustomerCall("1004", "0630000007");
        RestClient.Reply consultNowhere = act(callId, "CONSULT", "1004", null);
        assertProblem(consultNowhere, 400, "urn:ctios:problem:validation");
        assertThat(Parties.stateOf(call(callId), "1004")).isEqualTo("CONNECT");

        assertProblem(act(999_999, "ANSWER", "1004", null), 404, "urn:ctios:problem:unknown-resource");
        assertProblem(rest().put("api/calls/999999/data", "{\"callVariables\": {\"CallVariable1\": \"x\"}}"), 404,
                "urn:ctios:problem:unknown-resource");
    }

    @Test
    @Order(10)
    void withTheLinkDownAnActionIsA503AndNothingChanges() throws Exception {
        long callId = answeredCustomerCall("1004", "0630000008");
        String side = rest().get("api/system").body().get("side").asText();
        String other = side.equals("A") ? "B" : "A";
        simulator.failSide(side);
        simulator.failSide(other);
        try {
            await("the link is down").atMost(WAIT)
                    .until(() -> !rest().get("api/system").body().get("connected").asBoolean());

            RestClient.Reply refused = act(callId, "HOLD", "1004", null);

            assertProblem(refused, 503, "urn:ctios:problem:link-down");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(truth(callId).connectionOf("2004").map(ConnectionView::state).orElseThrow().name())
                    .as("the switch never heard of it").isEqualTo("CONNECTED");
        } finally {
            simulator.restoreSide(side);
            simulator.restoreSide(other);
            await("the link is back").atMost(Duration.ofSeconds(60))
                    .until(() -> rest().get("api/system").body().get("connected").asBoolean());
        }
        assertThat(act(callId, "HOLD", "1004", null).status()).as("works again").isEqualTo(200);
    }

    @Test
    @Order(11)
    void aDestinationTheSwitchCannotDialIsRefusedByTheCtiServerWithItsFailureCode() {
        agentIn("1001", AgentState.NOT_READY);

        RestClient.Reply refused = rest().post("api/calls", "{\"agentId\": \"1001\", \"destination\": \"not-a-number\"}");

        assertProblem(refused, 409, "urn:ctios:problem:cti-refused");
        assertThat(refused.body().get("failureName").asText()).isNotBlank();
        assertThat(refused.body().get("failureCode").asLong()).isPositive();
        assertThat(rest().get("api/calls?agentId=1001").body()).as("no call made").isEmpty();
        assertThat(simulator.calls()).noneMatch(call -> call.connectionOf("2001").isPresent());
    }

    @Test
    @Order(12)
    void whenTheCtiServerConfirmsButTheEventsAreLateAnActionIs202WithTheCallAsItIs() {
        long callId = answeredCustomerCall("1004", "0630000009");
        simulator.holdEvents();
        try {
            RestClient.Reply held = act(callId, "HOLD", "1004", null);

            assertThat(held.status()).as("%s", held.body()).isEqualTo(202);
            assertThat(held.body().get("id").asLong()).isEqualTo(callId);
            assertThat(Parties.stateOf(held.body(), "1004")).as("not stored yet").isEqualTo("CONNECT");
            assertThat(truth(callId).connectionOf("2004").map(ConnectionView::state).orElseThrow().name())
                    .as("the switch did it").isEqualTo("HELD");
        } finally {
            simulator.releaseEvents();
        }
        await("the late events are stored").atMost(WAIT)
                .until(() -> Parties.stateOf(call(callId), "1004").equals("HOLD"));
    }

    @Test
    @Order(13)
    void whenTheCtiServerDoesNotAnswerAnActionIsA504AndNothingChanges() {
        long callId = answeredCustomerCall("1004", "0630000010");
        simulator.ignoreControlRequests(true);
        try {
            RestClient.Reply refused = act(callId, "HOLD", "1004", null);

            assertProblem(refused, 504, "urn:ctios:problem:cti-timeout");
            assertThat(truth(callId).connectionOf("2004").map(ConnectionView::state).orElseThrow().name())
                    .as("the switch never heard of it").isEqualTo("CONNECTED");
        } finally {
            simulator.ignoreControlRequests(false);
        }
        assertThat(Parties.stateOf(call(callId), "1004")).isEqualTo("CONNECT");
        assertThat(act(callId, "HOLD", "1004", null).status()).as("answered again").isEqualTo(200);
    }

    // ------------------------------------------------------------------ issue 21: the newer call controls

    private RestClient.Reply actWith(long callId, String action, String agentId, String field, String value) {
        return rest().post("api/calls/" + callId + "/actions", "{\"action\":\"" + action + "\",\"agentId\":\""
                + agentId + "\",\"" + field + "\":\"" + value + "\"}");
    }

    @Test
    @Order(14)
    void aRingingCallIsDeflectedToAnotherNumberAndABadDestinationIsRefused() {
        long callId = customerCallRingingAt("1004", "0630000014");
        assertThat(texts(call(callId).get("enabledActions").get("1004"))).contains("ANSWER", "DEFLECT");

        assertProblem(act(callId, "DEFLECT", "1004", null), 400, "urn:ctios:problem:validation");
        RestClient.Reply refused = act(callId, "DEFLECT", "1004", "not-a-number");
        assertProblem(refused, 409, "urn:ctios:problem:cti-refused");
        assertThat(Parties.stateOf(call(callId), "1004")).as("still ringing").isEqualTo("ALERTING");

        RestClient.Reply deflected = act(callId, "DEFLECT", "1004", "2005");

        assertThat(deflected.status()).as("%s", deflected.body()).isEqualTo(200);
        assertThat(Parties.stateOf(deflected.body(), "1004")).as("it left the agent").isEmpty();
        await("it rings at 1005").atMost(WAIT).until(() -> Parties.stateOf(call(callId), "1005").equals("ALERTING"));
        assertThat(truth(callId).connectionOf("2004")).isEmpty();
        assertThat(truth(callId).connectionOf("2005")).isPresent();
        assertThat(act(callId, "ANSWER", "1005", null).status()).isEqualTo(200);
    }

    @Test
    @Order(15)
    void anyAgentOfATwoPartyCallClearsItForEveryone() {
        long callId = answeredCustomerCall("1004", "0630000015");
        assertThat(texts(call(callId).get("enabledActions").get("1004"))).contains("CLEAR_CALL")
                .doesNotContain("DROP_PARTY");

        RestClient.Reply cleared = act(callId, "CLEAR_CALL", "1004", null);

        assertThat(cleared.status()).as("%s", cleared.body()).isIn(200, 204);
        await("the call ends").atMost(WAIT).until(() -> rest().get("api/calls/" + callId).status() == 404);
        assertThat(truth(callId)).as("ended on the switch for everyone").isNull();
    }

    @Test
    @Order(16)
    void theConferencesControllerDropsAPartyAndClearsItAnotherPartyMayNot() {
        long customerCall = answeredCustomerCall("1004", "0630000016");
        long consultation = act(customerCall, "CONSULT", "1004", "2005").body().get("id").asLong();
        await("the consultation rings at 1005").atMost(WAIT)
                .until(() -> Parties.stateOf(call(consultation), "1005").equals("ALERTING"));
        assertThat(act(consultation, "ANSWER", "1005", null).status()).isEqualTo(200);
        RestClient.Reply conferenced = act(consultation, "CONFERENCE", "1004", null);
        assertThat(conferenced.status()).as("%s", conferenced.body()).isEqualTo(200);
        JsonNode conference = call(customerCall);
        assertThat(conference.get("conferenceController").asText()).isEqualTo("2004");
        assertThat(texts(conference.get("enabledActions").get("1004"))).contains("CLEAR_CALL", "DROP_PARTY");
        assertThat(texts(conference.get("enabledActions").get("1005"))).doesNotContain("CLEAR_CALL", "DROP_PARTY");

        assertProblem(act(customerCall, "CLEAR_CALL", "1005", null), 409, "urn:ctios:problem:not-enabled");
        assertProblem(actWith(customerCall, "DROP_PARTY", "1005", "party", "2004"), 409,
                "urn:ctios:problem:not-enabled");
        assertProblem(act(customerCall, "DROP_PARTY", "1004", null), 400, "urn:ctios:problem:validation");
        assertProblem(actWith(customerCall, "DROP_PARTY", "1004", "party", "2009"), 400,
                "urn:ctios:problem:validation");

        RestClient.Reply dropped = actWith(customerCall, "DROP_PARTY", "1004", "party", "2005");

        assertThat(dropped.status()).as("%s", dropped.body()).isEqualTo(200);
        assertThat(Parties.stateOf(dropped.body(), "1005")).as("dropped").isEmpty();
        assertThat(Parties.stateOf(dropped.body(), "1004")).isEqualTo("CONNECT");
        assertThat(truth(customerCall).connectionOf("2005")).isEmpty();
        assertThat(truth(customerCall).connectionOf("2004")).isPresent();

        assertThat(act(customerCall, "CLEAR_CALL", "1004", null).status()).isIn(200, 204);
        await("the conference ends").atMost(WAIT)
                .until(() -> rest().get("api/calls/" + customerCall).status() == 404);
        assertThat(truth(customerCall)).isNull();
    }

    @Test
    @Order(17)
    void dtmfDigitsReachTheSwitchAndBadDigitsAre400WithAClearDetail() {
        long callId = answeredCustomerCall("1004", "0630000017");

        RestClient.Reply sent = actWith(callId, "SEND_DTMF", "1004", "digits", "12*#AD");

        assertThat(sent.status()).as("%s", sent.body()).isEqualTo(200);
        assertThat(truth(callId).dtmfDigits()).isEqualTo("12*#AD");
        for (String bad : List.of("12x", "1".repeat(32), "")) {
            RestClient.Reply refused = actWith(callId, "SEND_DTMF", "1004", "digits", bad);
            assertProblem(refused, 400, "urn:ctios:problem:validation");
            assertThat(refused.body().get("detail").asText()).as("'%s'", bad).contains("digits");
        }
        RestClient.Reply none = act(callId, "SEND_DTMF", "1004", null);
        assertProblem(none, 400, "urn:ctios:problem:validation");
        assertThat(none.body().get("detail").asText()).contains("0-9, *, #, A-D");
        assertThat(truth(callId).dtmfDigits()).as("nothing more sent").isEqualTo("12*#AD");

        assertThat(act(callId, "HOLD", "1004", null).status()).isEqualTo(200);
        assertProblem(actWith(callId, "SEND_DTMF", "1004", "digits", "1"), 409, "urn:ctios:problem:not-enabled");
    }

    @Test
    @Order(18)
    void recordingStartsAndStopsOnTheConfirmationAndTheHistoryKeepsWhenItRan() {
        long callId = answeredCustomerCall("1004", "0630000018");
        assertThat(call(callId).get("recording").asBoolean()).isFalse();

        simulator.ignoreControlRequests(true);
        try {
            assertProblem(act(callId, "START_RECORDING", "1004", null), 504, "urn:ctios:problem:cti-timeout");
        } finally {
            simulator.ignoreControlRequests(false);
        }
        assertThat(call(callId).get("recording").asBoolean()).as("not confirmed: not recording").isFalse();

        RestClient.Reply started = act(callId, "START_RECORDING", "1004", null);

        assertThat(started.status()).as("%s", started.body()).isEqualTo(200);
        assertThat(started.body().get("recording").asBoolean()).isTrue();
        assertThat(texts(started.body().get("enabledActions").get("1004"))).contains("STOP_RECORDING")
                .doesNotContain("START_RECORDING");
        assertThat(truth(callId).recorded()).isTrue();
        assertProblem(act(callId, "START_RECORDING", "1004", null), 409, "urn:ctios:problem:not-enabled");

        RestClient.Reply stopped = act(callId, "STOP_RECORDING", "1004", null);
        assertThat(stopped.status()).as("%s", stopped.body()).isEqualTo(200);
        assertThat(stopped.body().get("recording").asBoolean()).isFalse();
        assertThat(truth(callId).recorded()).isFalse();

        // The switch recording behind the application's back: its refusal is the CTI Server's 409.
        simulator.onSwitch(acd -> acd.startRecording(callId, "2004"));
        assertProblem(act(callId, "START_RECORDING", "1004", null), 409, "urn:ctios:problem:cti-refused");
        assertThat(call(callId).get("recording").asBoolean()).isFalse();
        simulator.onSwitch(acd -> acd.stopRecording(callId, "2004"));

        assertThat(act(callId, "RELEASE", "1004", null).status()).isIn(200, 204);
        await("the call is in the history").atMost(WAIT).until(() -> rest()
                .get("api/calls/history?ani=0630000018&limit=1").body().get("records").size() == 1);
        String callKey = rest().get("api/calls/history?ani=0630000018&limit=1").body().get("records").get(0)
                .get("callKey").asText();
        List<String> events = new ArrayList<>();
        rest().get("api/calls/history/" + callKey).body().get("timeline")
                .forEach(entry -> events.add(entry.get("event").asText()));
        assertThat(events).containsSubsequence("CallEstablished", "RecordingStarted", "RecordingStopped");
        assertThat(events.stream().filter(event -> event.startsWith("Recording"))).hasSize(2);
    }

    @Test
    @Order(19)
    void aBadLineIsReportedAndTheCallGoesOn() {
        long callId = answeredCustomerCall("1004", "0630000019");
        assertThat(texts(call(callId).get("enabledActions").get("1004"))).contains("BAD_CALL");

        RestClient.Reply reported = act(callId, "BAD_CALL", "1004", null);

        assertThat(reported.status()).as("%s", reported.body()).isEqualTo(200);
        assertThat(Parties.stateOf(reported.body(), "1004")).isEqualTo("CONNECT");
        assertProblem(act(999_999, "BAD_CALL", "1004", null), 404, "urn:ctios:problem:unknown-resource");
    }

    @Test
    @Order(20)
    void noButtonIsSingleStepConferenceAndInTheEndTheApplicationEqualsTheSwitch() {
        long callId = answeredCustomerCall("1004", "0630000020");
        assertThat(texts(call(callId).get("enabledActions").get("1004"))).doesNotContain("SINGLE_STEP_CONFERENCE");
        assertProblem(act(callId, "SINGLE_STEP_CONFERENCE", "1004", "2005"), 400, "urn:ctios:problem:validation");
        assertThat(act(callId, "CLEAR_CALL", "1004", null).status()).isIn(200, 204);

        await("the application equals the switch").atMost(WAIT).untilAsserted(() -> {
            SwitchTruth.assertStateEqual(rest(), simulator);
            for (CallView onSwitch : simulator.calls()) {
                JsonNode stored = call(onSwitch.callId());
                if (stored != null) {
                    assertThat(stored.get("recording").asBoolean()).as("call %d recorded", onSwitch.callId())
                            .isEqualTo(onSwitch.recorded());
                }
            }
        });
    }
}
