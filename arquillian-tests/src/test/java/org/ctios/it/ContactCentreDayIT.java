package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.admin.SimulatorStats;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.Test;

/**
 * A day in the contact centre, end to end, and at its end the application equal to the switch. Simulated agents take
 * a steady flow of short customer calls on Sales and Service; the controlled agents work through their desktops' REST
 * calls: they log in and go ready, take Billing calls that queue while they are busy, answer, hold, retrieve,
 * consult, transfer, conference, release and wrap up; a CRM sets call data; the supervisor barges in on a member's
 * call; an agent dials another. Then the traffic stops, the calls end, and every agent (state, reason, extension),
 * the calls in progress, each skill group's statistics and the call history are compared with the switch's truth.
 */
class ContactCentreDayIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int SALES = 1;
    private static final int SERVICE = 2;
    private static final int BILLING = 3;
    /**
     * Short calls so that a day fits in a minute: four a second on Sales, two seconds of talk, for its simulated
     * agents (the controlled agents there stay not ready, so the flow never rings at a desk the test drives).
     */
    private static final TrafficProfile DAYTIME = new TrafficProfile(4, Map.of(SALES, 1.0),
            Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofSeconds(20));

    /** Calls the test itself began, with the data each must carry into the history. */
    private final Map<Long, Map<String, String>> expectedVariables = new LinkedHashMap<>();
    private final Map<Long, String> expectedAni = new HashMap<>();

    @Test
    void aDayInTheContactCentreEndsWithTheApplicationEqualToTheSwitch() {
        long started = System.nanoTime();
        await("the link is up and the agents read").atMost(Duration.ofSeconds(90)).until(() ->
                "AVAILABLE".equals(rest().get("api/agents/1006").body().path("state").asText()));

        morningLogins();
        simulator.traffic(DAYTIME);
        billingCallWithHoldCallDataAndWrapUp();
        queuedCallAndConsultationTransferredToAColleague();
        consultationBecomesAConference();
        serviceCallsForTheSimulatedTeam();
        supervisorBargesInOnAMembersCall();
        agentDialsAColleague();
        eveningLogouts();
        await("a busy day: 100 calls handled").atMost(WAIT).until(() -> simulator.stats().callsEnded() >= 100);

        simulator.callsPerSecond(0);
        await("the switch's calls have ended").atMost(WAIT).until(() -> simulator.calls().isEmpty());
        await("the application equals the switch").atMost(Duration.ofSeconds(30))
                .untilAsserted(this::applicationEqualsTheSwitch);

        SimulatorStats truth = simulator.stats();
        JsonNode link = rest().get("api/system").body();
        System.out.printf("[contact-centre-day] %d calls ended on the switch, all in the history; %d CTI events "
                        + "received; %.1f s%n", truth.callsEnded(), link.path("eventsReceived").asLong(),
                (System.nanoTime() - started) / 1e9);
    }

    // ------------------------------------------------------------------ the day

    private void morningLogins() {
        for (String agentId : List.of("1001", "1002", "1003", "1004", "1005", "1025", "1050")) {
            desk(agentId, "{\"state\": \"LOGIN\", \"instrument\": \"2" + agentId.substring(1) + "\", \"password\": \""
                    + agentId + "\"}");
        }
        // Billing's simulated agents are on a training day: Billing calls wait for 1004 and 1005.
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0);
        }
        desk("1004", "{\"state\": \"AVAILABLE\"}");
    }

    private void billingCallWithHoldCallDataAndWrapUp() {
        long call = customerCall(BILLING, "0611000001");
        answerWhenRinging(call, "1004");

        JsonNode updated = crmSetsCallData(call, "case-1001");
        assertThat(updated.path("callVariables").path("CallVariable2").asText()).isEqualTo("case-1001");
        act(call, "HOLD", "1004", null);
        act(call, "RETRIEVE", "1004", null);
        act(call, "RELEASE", "1004", null);

        awaitAgent("1004", "WORK_READY");
        desk("1004", "{\"state\": \"AVAILABLE\"}");
    }

    private void queuedCallAndConsultationTransferredToAColleague() {
        long first = customerCall(BILLING, "0611000002");
        answerWhenRinging(first, "1004");
        long queued = customerCall(BILLING, "0611000003");
        await("the second Billing call queues").atMost(WAIT).until(() ->
                rest().get("api/skillgroups/3").body().path("callsQueued").asInt() == 1);

        long consultation = act(first, "CONSULT", "1004", "2005").path("id").asLong();
        answerWhenRinging(consultation, "1005");
        act(first, "TRANSFER", "1004", null);
        crmSetsCallData(first, "transferred-to-1005");

        awaitAgent("1004", "WORK_READY");
        desk("1004", "{\"state\": \"AVAILABLE\"}");
        answerWhenRinging(queued, "1004");
        act(first, "RELEASE", "1005", null);
        awaitAgent("1005", "WORK_READY");
        desk("1005", "{\"state\": \"NOT_READY\", \"reasonCode\": 2}");
        queuedCall = queued;
    }

    /** The Billing call 1004 answered after it had queued. */
    private long queuedCall;

    private void consultationBecomesAConference() {
        crmSetsCallData(queuedCall, "conference");
        long consultation = act(queuedCall, "CONSULT", "1004", "2005").path("id").asLong();
        answerWhenRinging(consultation, "1005");
        JsonNode conference = act(consultation, "CONFERENCE", "1004", null);
        assertThat(Parties.stateOf(conference, "1005")).isEqualTo("CONNECT");
        act(queuedCall, "RELEASE", "1004", null);
        act(queuedCall, "RELEASE", "1005", null);
        awaitAgent("1004", "WORK_READY");
        desk("1004", "{\"state\": \"NOT_READY\", \"reasonCode\": 3}");
        desk("1005", "{\"state\": \"NOT_READY\", \"reasonCode\": 2}");
    }

    /** Service's calls, while 1004 and 1005 are not ready, go to the simulated agents of team 2. */
    private void serviceCallsForTheSimulatedTeam() {
        for (int i = 1; i <= 3; i++) {
            customerCall(SERVICE, "061300000" + i);
        }
    }

    /**
     * 1025 barges in on a Sales call of a simulated member of its team. Simulated calls are short: a call that ends,
     * or lands outside team 1, before the barge-in is replaced by a new one (bounded).
     */
    private void supervisorBargesInOnAMembersCall() {
        RestClient.Reply barged = null;
        long call = 0;
        for (int attempt = 0; attempt < 8 && (barged == null || barged.status() / 100 != 2); attempt++) {
            call = customerCall(SALES, "061200000" + attempt);
            long injected = call;
            await("the Sales call is answered").atMost(WAIT).until(() -> {
                RestClient.Reply shown = rest().get("api/calls/" + injected);
                return shown.status() != 200 || "CONNECTED".equals(shown.body().path("state").asText());
            });
            barged = rest().as("1025", "1025").post("api/calls/" + call + "/supervise",
                    "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1025\"}");
        }
        assertThat(barged.status()).as(String.valueOf(barged.body())).isIn(200, 202);
        long bargedCall = call;
        // The member hangs up after its two seconds; the supervisor stays with the customer until it releases.
        await("1025 is on the call").atMost(WAIT).until(() -> {
            RestClient.Reply shown = rest().get("api/calls/" + bargedCall);
            return shown.status() == 404 || Parties.stateOf(shown.body(), "1025").equals("CONNECT");
        });
        if (rest().get("api/calls/" + bargedCall).status() == 200) {
            act(bargedCall, "RELEASE", "1025", null);
        }
        await("1025 is off the call").atMost(WAIT).until(() ->
                rest().get("api/calls?agentId=1025").body().isEmpty());
        // A customer call it left: wrap-up, then not ready.
        awaitAgent("1025", "WORK_READY");
        desk("1025", "{\"state\": \"NOT_READY\", \"reasonCode\": 3}");
    }

    private void agentDialsAColleague() {
        RestClient.Reply made = rest().as("1001", "1001").post("api/calls",
                "{\"agentId\": \"1001\", \"destination\": \"2002\", \"callVariables\": {\"CallVariable1\": \"internal\"}}");
        assertThat(made.status()).as(String.valueOf(made.body())).isEqualTo(201);
        long call = made.body().path("id").asLong();
        expectedVariables.put(call, new HashMap<>(Map.of("CallVariable1", "internal")));
        answerWhenRinging(call, "1002");
        act(call, "HOLD", "1002", null);
        act(call, "RETRIEVE", "1002", null);
        act(call, "RELEASE", "1001", null);
        await("the internal call ended").atMost(WAIT).until(() -> rest().get("api/calls/" + call).status() == 404);
    }

    private void eveningLogouts() {
        desk("1001", "{\"state\": \"LOGOUT\", \"reasonCode\": 1}");
        desk("1002", "{\"state\": \"NOT_READY\", \"reasonCode\": 2}");
        desk("1003", "{\"state\": \"LOGOUT\", \"reasonCode\": 1}");
        desk("1025", "{\"state\": \"LOGOUT\", \"reasonCode\": 1}");
    }

    // ------------------------------------------------------------------ the comparison with the switch

    private void applicationEqualsTheSwitch() {
        SwitchTruth.assertStateEqual(rest(), simulator);
        Map<String, JsonNode> history = SwitchTruth.assertHistoryComplete(rest(), simulator);
        expectedVariables.forEach((callId, variables) -> {
            JsonNode record = history.get(String.valueOf(callId));
            assertThat(record).as("call %d in the history", callId).isNotNull();
            if (expectedAni.containsKey(callId)) {
                assertThat(record.path("ani").asText()).isEqualTo(expectedAni.get(callId));
            }
            variables.forEach((name, value) -> assertThat(record.path("callVariables").path(name).asText())
                    .as("call %d %s", callId, name).isEqualTo(value));
        });
    }

    // ------------------------------------------------------------------ helpers

    /** A customer call injected on the switch for a skill group, remembered with its data for the history. */
    private long customerCall(int skillGroup, String ani) {
        long call = simulator.injectCall(skillGroup, ani, "800555010" + skillGroup,
                CallVariables.of("acct-" + ani), List.of());
        expectedAni.put(call, ani);
        expectedVariables.put(call, new HashMap<>(Map.of("CallVariable1", "acct-" + ani)));
        return call;
    }

    /** The CRM sets CallVariable2 on the call, as a screen pop's integration would. */
    private JsonNode crmSetsCallData(long call, String value) {
        RestClient.Reply set = rest().put("api/calls/" + call + "/data",
                "{\"callVariables\": {\"CallVariable2\": \"" + value + "\"}}");
        assertThat(set.status()).as(String.valueOf(set.body())).isIn(200, 202);
        expectedVariables.computeIfAbsent(call, id -> new HashMap<>()).put("CallVariable2", value);
        return set.body();
    }

    /** A state change from the agent's own desktop. */
    private void desk(String agentId, String body) {
        RestClient.Reply reply = rest().as(agentId, agentId).put("api/agents/" + agentId + "/state", body);
        assertThat(reply.status()).as(agentId + " " + body + ": " + reply.body()).isIn(200, 202);
    }

    /**
     * A call action from the agent's own desktop; returns the call as the answer shows it (null after a release that
     * ended the call: 204).
     */
    private JsonNode act(long call, String action, String agentId, String destination) {
        String body = "{\"action\":\"" + action + "\",\"agentId\":\"" + agentId + "\""
                + (destination == null ? "" : ",\"destination\":\"" + destination + "\"") + "}";
        RestClient.Reply reply = rest().as(agentId, agentId).post("api/calls/" + call + "/actions", body);
        assertThat(reply.status()).as(action + " by " + agentId + " on " + call + ": " + reply.body())
                .isIn(200, 202, 204);
        return reply.body();
    }

    /** The agent's desk answers the call once it rings there. */
    private void answerWhenRinging(long call, String agentId) {
        awaitParty(call, agentId, "ALERTING");
        act(call, "ANSWER", agentId, null);
    }

    private void awaitParty(long call, String agentId, String state) {
        await(agentId + " " + state + " on call " + call).atMost(WAIT).until(() -> {
            RestClient.Reply shown = rest().get("api/calls/" + call);
            return shown.status() == 200 && Parties.stateOf(shown.body(), agentId).equals(state);
        });
    }

    private void awaitAgent(String agentId, String state) {
        await(agentId + " " + state).atMost(WAIT).until(() ->
                state.equals(rest().get("api/agents/" + agentId).body().path("state").asText()));
    }
}
