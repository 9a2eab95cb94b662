package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ctios.it.EventStreamClient.Event;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.Help;
import org.ctios.simulator.acd.Outcome;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The supervisor's side over REST: the team view, changing a member's state, barging in on and intercepting a
 * member's call with the errors a supervision can meet, a silent monitor the team sees and the agent does not, calls
 * for help asked through this API and raised by another client; and the OpenAPI document that describes these paths.
 * Team 1 (Team Harbour) of the demo scenario is supervised by 1025.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorControlIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private RestClient.Reply changeState(String agentId, String body) {
        RestClient.Reply reply = rest().put("api/agents/" + agentId + "/state", body);
        assertThat(reply.status()).as(agentId + " " + body + ": " + reply.body()).isEqualTo(200);
        return reply;
    }

    @Test
    @Order(1)
    void theTeamViewShowsSupervisorMembersTheirStatesAndCounts() {
        await("the simulated agents are read").atMost(Duration.ofSeconds(90)).until(() ->
                "AVAILABLE".equals(rest().get("api/agents/1006").body().path("state").asText()));

        JsonNode teams = rest().get("api/teams").body();
        assertThat(teams).extracting(team -> team.get("id").asText()).containsExactly("1", "2");

        RestClient.Reply reply = rest().get("api/teams/1");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode team = reply.body();
        assertThat(team.get("name").asText()).isEqualTo("Team Harbour");
        assertThat(texts(team.get("supervisors"))).containsExactly("1025");
        List<String> members = new ArrayList<>();
        team.get("members").forEach(member -> members.add(member.get("id").asText()));
        assertThat(members).contains("1001", "1006", "1025").doesNotContain("1026", "1050");
        JsonNode supervisor = StreamSupport.stream(team.get("members").spliterator(), false)
                .filter(member -> member.get("id").asText().equals("1025")).findFirst().orElseThrow();
        assertThat(supervisor.get("supervisor").asBoolean()).isTrue();
        assertThat(supervisor.get("state").asText()).isEqualTo("LOGOUT");
        int counted = 0;
        for (JsonNode count : team.get("stateCounts")) {
            counted += count.asInt();
        }
        assertThat(counted).isEqualTo(members.size());
        assertThat(team.get("stateCounts").get("AVAILABLE").asInt()).isPositive();
        assertThat(team.get("stateCounts").get("LOGOUT").asInt()).isPositive();

        RestClient.Reply unknown = rest().get("api/teams/99");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
    }

    @Test
    @Order(2)
    void aSupervisorMakesAMemberReadyAndLogsItOutThroughTheSameOperation() {
        changeState("1002", "{\"state\": \"LOGIN\", \"instrument\": \"2002\", \"password\": \"1002\"}");
        assertThat(changeState("1002", "{\"state\": \"AVAILABLE\"}").body().get("state").asText())
                .isEqualTo("AVAILABLE");
        changeState("1002", "{\"state\": \"NOT_READY\"}");

        JsonNode loggedOut = changeState("1002", "{\"state\": \"LOGOUT\", \"reasonCode\": 5}").body();

        assertThat(loggedOut.get("state").asText()).isEqualTo("LOGOUT");
        assertThat(rest().get("api/teams/1").body().get("members")).filteredOn(m -> m.get("id").asText()
                .equals("1002")).extracting(m -> m.get("state").asText()).containsExactly("LOGOUT");
    }

    @Test
    @Order(3)
    void aSupervisorBargesInOnAMembersCall() {
        changeState("1025", "{\"state\": \"LOGIN\", \"instrument\": \"2025\", \"password\": \"1025\"}");

        RestClient.Reply badRequest = rest().post("api/calls/1/supervise", "{\"action\": \"SHOUT\"}");
        assertThat(badRequest.status()).isEqualTo(400);
        assertThat(badRequest.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("action", "supervisorId");

        Supervised barged = superviseANewCall("BARGE_IN", "063000");

        assertThat(barged.answer().body().get("id").asLong()).isEqualTo(barged.callId());
        assertThat(simulator.calls().stream().filter(call -> call.callId() == barged.callId())
                .flatMap(call -> call.connections().stream()).map(ConnectionView::deviceId)).contains("2025");
        await("the supervisor is stored as talking on the call").atMost(WAIT).untilAsserted(() ->
                assertThat(rest().get("api/agents/1025").body().get("state").asText()).isEqualTo("TALKING"));
    }

    @Test
    @Order(4)
    void superviseOnAnUnknownCallIsA404() {
        RestClient.Reply reply = rest().as("admin", "admin").post("api/calls/987654/supervise",
                "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1025\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(5)
    void theOpenApiDocumentDescribesTheAgentAndTeamPathsAndTheProblemAnswers() {
        RestClient.Reply reply = rest().get("../openapi");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode document = reply.body();
        assertThat(document.get("info").get("title").asText()).isEqualTo("CTI OS");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/agents", "/api/agents/{id}", "/api/agents/{id}/state", "/api/teams",
                "/api/teams/{id}", "/api/calls/{id}/supervise", "/api/skillgroups", "/api/system");
        JsonNode put = document.get("paths").get("/api/agents/{id}/state").get("put");
        List<String> codes = new ArrayList<>();
        put.get("responses").fieldNames().forEachRemaining(codes::add);
        assertThat(codes).contains("200", "202", "400", "404", "409", "503", "504");
        assertThat(document.get("components").get("responses").has("ValidationProblem")).isTrue();
    }

    // ------------------------------------------------------------------ intercept, and the errors not seen above

    /** The call 1025 took over in {@link #aSupervisorInterceptsAMembersCallAndTheMemberLeavesIt}. */
    private static long interceptedCall;

    private static void assertProblem(RestClient.Reply reply, int status, String type) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
    }

    /** Clears supervisor 1025's phone on the switch and waits until the stored state shows it free. */
    private void supervisorOffItsCalls() {
        simulator.onSwitch(acd -> {
            acd.callsAt("2025").forEach(call -> acd.clearConnection(call.callId(), "2025"));
            return null;
        });
        await("the supervisor is off its calls").atMost(WAIT).until(() ->
                rest().get("api/calls?agentId=1025").body().isEmpty());
    }

    private boolean linkConnected() {
        return rest().get("api/system").body().get("connected").asBoolean();
    }

    /** A call answered by an agent, the answer 1025's supervision of it got, and that agent. */
    private record Supervised(long callId, String agentId, RestClient.Reply answer) {
    }

    /**
     * 1025 supervises a new call of skill group 1. A simulated agent may end its call first or be outside team 1:
     * then 1025 is freed and a new call tried (bounded). A 202 counts as done: the switch did it, the events are
     * just slower than the stored wait on a loaded machine, so the caller awaits the stored call.
     */
    private Supervised superviseANewCall(String action, String aniPrefix) {
        RestClient.Reply answer = null;
        long callId = 0;
        String agent = null;
        for (int attempt = 0; attempt < 5 && (answer == null || answer.status() / 100 != 2); attempt++) {
            supervisorOffItsCalls();
            long injected = simulator.injectCall(1, aniPrefix + "00" + attempt, "7001", CallVariables.of(action),
                    List.of());
            JsonNode connected = await("the call is answered").atMost(WAIT).until(() -> {
                RestClient.Reply call = rest().get("api/calls/" + injected);
                return call.status() == 200 && "CONNECTED".equals(call.body().get("state").asText())
                        ? call.body() : null;
            }, found -> found != null);
            callId = injected;
            agent = connected.get("agentIds").get(0).asText();
            answer = rest().as("1025", "1025").post("api/calls/" + injected + "/supervise",
                    "{\"action\": \"" + action + "\", \"supervisorId\": \"1025\"}");
        }
        assertThat(answer.status()).as(String.valueOf(answer.body())).isIn(200, 202);
        return new Supervised(callId, agent, answer);
    }

    @Test
    @Order(6)
    void aSupervisorInterceptsAMembersCallAndTheMemberLeavesIt() {
        Supervised intercepted = superviseANewCall("INTERCEPT", "063100");
        interceptedCall = intercepted.callId();

        assertThat(intercepted.answer().body().get("id").asLong()).isEqualTo(interceptedCall);
        await("the stored call shows 1025 on it and the member gone").atMost(WAIT).untilAsserted(() -> {
            JsonNode call = rest().get("api/calls/" + interceptedCall).body();
            assertThat(Parties.stateOf(call, "1025")).isEqualTo("CONNECT");
            assertThat(Parties.stateOf(call, intercepted.agentId())).as("the member left the call").isEmpty();
        });
        String memberDevice = "2" + intercepted.agentId().substring(1);
        assertThat(simulator.calls().stream().filter(call -> call.callId() == interceptedCall)
                .flatMap(call -> call.connections().stream()).map(ConnectionView::deviceId))
                .contains("2025").doesNotContain(memberDevice);
    }

    @Test
    @Order(7)
    void aSupervisorOfAnotherTeamIsRefusedByTheApiAndTheCtiServerRefusesItToAnAdministrator() {
        changeState("1050", "{\"state\": \"LOGIN\", \"instrument\": \"2050\", \"password\": \"1050\"}");

        assertProblem(rest().as("1050", "1050").post("api/calls/" + interceptedCall + "/supervise",
                "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1050\"}"), 403, "urn:ctios:problem:forbidden");
        RestClient.Reply refused = rest().as("admin", "admin").post("api/calls/" + interceptedCall + "/supervise",
                "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1050\"}");

        assertProblem(refused, 409, "urn:ctios:problem:cti-refused");
        assertThat(refused.body().get("failureName").asText()).isNotBlank();
        assertThat(simulator.calls().stream().filter(call -> call.callId() == interceptedCall)
                .flatMap(call -> call.connections().stream()).map(ConnectionView::deviceId))
                .doesNotContain("2050");
    }

    @Test
    @Order(8)
    void whenTheCtiServerDoesNotAnswerASupervisionIsA504() {
        simulator.ignoreControlRequests(true);
        try {
            RestClient.Reply reply = rest().as("admin", "admin").post("api/calls/" + interceptedCall + "/supervise",
                    "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1050\"}");

            assertProblem(reply, 504, "urn:ctios:problem:cti-timeout");
        } finally {
            simulator.ignoreControlRequests(false);
        }
    }

    @Test
    @Order(9)
    void withTheLinkDownASupervisionIsA503WithRetryAfter() throws Exception {
        simulator.failSide("A");
        simulator.failSide("B");
        try {
            await("the link is down").atMost(WAIT).until(() -> !linkConnected());

            // 1050 on 1025's call: 1025 is the only agent on it now, so only 1050 has an agent to supervise.
            RestClient.Reply reply = rest().as("admin", "admin").post("api/calls/" + interceptedCall + "/supervise",
                    "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1050\"}");

            assertProblem(reply, 503, "urn:ctios:problem:link-down");
            assertThat(reply.header("Retry-After")).isNotBlank();
        } finally {
            simulator.restoreSide("A");
            simulator.restoreSide("B");
        }
        await("the link is back").atMost(WAIT).until(this::linkConnected);
    }

    @Test
    @Order(10)
    void aSupervisorAloneOnTheCallHasNoAgentToSuperviseA409() {
        RestClient.Reply refused = rest().as("1025", "1025").post("api/calls/" + interceptedCall + "/supervise",
                "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1025\"}");

        assertProblem(refused, 409, "urn:ctios:problem:no-agent-on-call");
        assertThat(refused.body().get("detail").asText()).contains("1025");
    }

    @Test
    @Order(11)
    void whenTheCtiServerConfirmsButTheEventsAreLateASupervisionIs202WithTheCallAsItIs() {
        supervisorOffItsCalls();

        // As above, a new call when the member ends it first or is outside team 1 (bounded).
        RestClient.Reply answer = null;
        long callId = 0;
        for (int attempt = 0; attempt < 5 && (answer == null || answer.status() != 202); attempt++) {
            long injected = simulator.injectCall(1, "06320000" + attempt, "7001", CallVariables.of("late"),
                    List.of());
            await("the call is answered").atMost(WAIT).until(() -> {
                RestClient.Reply call = rest().get("api/calls/" + injected);
                return call.status() == 200 && "CONNECTED".equals(call.body().get("state").asText());
            });
            callId = injected;
            simulator.holdEvents();
            try {
                answer = rest().as("1025", "1025").post("api/calls/" + injected + "/supervise",
                        "{\"action\": \"BARGE_IN\", \"supervisorId\": \"1025\"}");
            } finally {
                simulator.releaseEvents();
            }
        }

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(202);
        assertThat(answer.body().get("id").asLong()).isEqualTo(callId);
        assertThat(Parties.stateOf(answer.body(), "1025")).as("not stored yet").isEmpty();
        long bargedCall = callId;
        await("the late events are stored").atMost(WAIT).until(() ->
                Parties.stateOf(rest().get("api/calls/" + bargedCall).body(), "1025").equals("CONNECT"));
    }

    // ------------------------------------------------------------------ silent monitor

    private CallView onSwitch(long callId) {
        return simulator.calls().stream().filter(call -> call.callId() == callId).findFirst().orElseThrow();
    }

    /**
     * The supervisor off its calls, then a call of the controlled agent 1003 (logged in, not ready) to an outside
     * number, answered there: it lasts until the test ends it.
     */
    private long callOf1003(String destination) {
        supervisorOffItsCalls();
        RestClient.Reply made = rest().post("api/calls", "{\"agentId\": \"1003\", \"destination\": \""
                + destination + "\"}");
        assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
        long callId = made.body().get("id").asLong();
        await("the far end answers").atMost(WAIT).until(() ->
                Parties.stateOf(rest().get("api/calls/" + callId).body(), "1003").equals("CONNECT"));
        return callId;
    }

    /** An event stream of the account (its password its name), past its snapshot. */
    private EventStreamClient stream(String account, String query) {
        EventStreamClient stream = rest().as(account, account).events("api/events?" + query, null, false);
        assertThat(stream.next(WAIT).name()).isEqualTo("snapshot");
        return stream;
    }

    @Test
    @Order(12)
    void aSilentMonitorShowsOnTheTeamsStreamNeverOnTheAgentsAndClearEndsIt() {
        changeState("1003", "{\"state\": \"LOGIN\", \"instrument\": \"2003\", \"password\": \"1003\"}");
        changeState("1003", "{\"state\": \"NOT_READY\", \"reasonCode\": 1}");
        long callId = callOf1003("0612340003");
        EventStreamClient team = stream("1025", "teamId=1");
        EventStreamClient agent = stream("1003", "agentId=1003");
        try {
            assertProblem(rest().as("1003", "1003").post("api/calls/" + callId + "/supervise",
                    "{\"action\": \"MONITOR\", \"supervisorId\": \"1003\"}"), 403, "urn:ctios:problem:forbidden");
            RestClient.Reply whisper = rest().as("1025", "1025").post("api/calls/" + callId + "/supervise",
                    "{\"action\": \"WHISPER\", \"supervisorId\": \"1025\"}");
            assertProblem(whisper, 409, "urn:ctios:problem:cti-refused");
            assertThat(whisper.body().get("failureName").asText()).as("the simulated Unified CM has no whisper")
                    .isEqualTo("INVALID_FEATURE");

            RestClient.Reply monitor = rest().as("1025", "1025").post("api/calls/" + callId + "/supervise",
                    "{\"action\": \"MONITOR\", \"supervisorId\": \"1025\"}");

            assertThat(monitor.status()).as("%s", monitor.body()).isEqualTo(200);
            assertThat(Parties.stateOf(monitor.body(), "1025")).as("no party of the call").isEmpty();
            assertThat(onSwitch(callId).monitoringSupervisorId()).isEqualTo("1025");
            JsonNode started = team.next("SilentMonitor", WAIT).json();
            assertThat(started.get("callId").asLong()).isEqualTo(callId);
            assertThat(started.get("agentId").asText()).isEqualTo("1003");
            assertThat(started.get("supervisorId").asText()).isEqualTo("1025");
            assertThat(started.get("ended").asBoolean()).isFalse();
            JsonNode shown = rest().as("1025", "1025").get("api/teams/1").body().get("silentMonitors");
            assertThat(shown).extracting(m -> m.get("callId").asLong(), m -> m.get("supervisorId").asText())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(callId, "1025"));

            RestClient.Reply clear = rest().as("1025", "1025").post("api/calls/" + callId + "/supervise",
                    "{\"action\": \"CLEAR\", \"supervisorId\": \"1025\"}");

            assertThat(clear.status()).as("%s", clear.body()).isEqualTo(200);
            assertThat(onSwitch(callId).monitoringSupervisorId()).isNull();
            assertThat(team.next("SilentMonitor", WAIT).json().get("ended").asBoolean()).isTrue();
            assertThat(rest().as("1025", "1025").get("api/teams/1").body().get("silentMonitors")).isEmpty();
            List<Event> agentSaw = agent.received();
            assertThat(agentSaw).as("the agent's stream never tells of the monitor")
                    .extracting(Event::name).doesNotContain("SilentMonitor");
            assertThat(agentSaw).extracting(Event::data).noneMatch(data -> data.contains("\"1025\""));
        } finally {
            team.close();
            agent.close();
            rest().post("api/calls/" + callId + "/actions", "{\"action\": \"RELEASE\", \"agentId\": \"1003\"}");
        }
    }

    @Test
    @Order(13)
    void anAgentsAssistReachesItsSupervisorsTeamStreamWithTheCallAndAMonitorTakesIt() {
        long callId = callOf1003("0612340013");
        EventStreamClient team = stream("1025", "teamId=1");
        EventStreamClient agent = stream("1003", "agentId=1003");
        try {
            assertProblem(rest().as("1025", "1025").post("api/agents/1003/help", "{\"emergency\": false}"), 403,
                    "urn:ctios:problem:forbidden");

            RestClient.Reply help = rest().as("1003", "1003").post("api/agents/1003/help", "{\"emergency\": false}");

            assertThat(help.status()).as("%s", help.body()).isEqualTo(200);
            assertThat(help.body().get("kind").asText()).isEqualTo("ASSIST");
            assertThat(help.body().get("callId").asLong()).isEqualTo(callId);
            JsonNode alert = team.next("HelpRequested", WAIT).json();
            assertThat(alert.get("open").asBoolean()).isTrue();
            assertThat(alert.get("agentId").asText()).isEqualTo("1003");
            assertThat(alert.get("alert").get("call").get("id").asLong()).as("the alert carries the call")
                    .isEqualTo(callId);
            assertThat(agent.next("HelpRequested", WAIT).json().get("open").asBoolean())
                    .as("the agent hears help is coming").isTrue();
            await("the alert kept from its notice").atMost(WAIT).untilAsserted(() ->
                    assertThat(rest().as("1025", "1025").get("api/teams/1").body().get("helpAlerts"))
                            .extracting(a -> a.get("agentId").asText()).containsExactly("1003"));

            assertThat(rest().as("1025", "1025").post("api/calls/" + callId + "/supervise",
                    "{\"action\": \"MONITOR\", \"supervisorId\": \"1025\"}").status()).isEqualTo(200);

            JsonNode taken = team.next("HelpRequested", WAIT).json();
            assertThat(taken.get("open").asBoolean()).isFalse();
            assertThat(taken.get("takenBy").asText()).isEqualTo("1025");
            assertThat(rest().as("1025", "1025").get("api/teams/1").body().get("helpAlerts")).isEmpty();
            assertThat(rest().as("1025", "1025").post("api/calls/" + callId + "/supervise",
                    "{\"action\": \"CLEAR\", \"supervisorId\": \"1025\"}").status()).isEqualTo(200);
            assertThat(agent.received()).as("taking the alert by a silent monitor is not told to the agent")
                    .extracting(Event::name).doesNotContain("HelpRequested", "SilentMonitor");
        } finally {
            team.close();
            agent.close();
            rest().post("api/calls/" + callId + "/actions", "{\"action\": \"RELEASE\", \"agentId\": \"1003\"}");
        }
    }

    @Test
    @Order(14)
    void anEmergencyAnotherClientRaisesReachesTheTeamStreamWithTheCall() {
        long callId = callOf1003("0612340014");
        EventStreamClient team = stream("1025", "teamId=1");
        try {
            // raised on the switch itself, as a hardware phone's button or another desktop would: no request of ours
            Outcome<Help> raised = simulator.onSwitch(acd -> acd.askForHelp("2003", -1, true));
            assertThat(raised).as("%s", raised).isInstanceOf(Outcome.Success.class);

            JsonNode alert = team.next("HelpRequested", WAIT).json();
            assertThat(alert.get("open").asBoolean()).isTrue();
            assertThat(alert.get("agentId").asText()).isEqualTo("1003");
            assertThat(alert.get("alert").get("kind").asText()).isEqualTo("EMERGENCY");
            assertThat(alert.get("alert").get("call").get("id").asLong()).as("the alert carries the call")
                    .isEqualTo(callId);
            await("the alert kept from its notice").atMost(WAIT).untilAsserted(() ->
                    assertThat(rest().as("1025", "1025").get("api/teams/1").body().get("helpAlerts"))
                            .extracting(a -> a.get("agentId").asText(), a -> a.get("kind").asText())
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("1003", "EMERGENCY")));
        } finally {
            team.close();
            rest().post("api/calls/" + callId + "/actions", "{\"action\": \"RELEASE\", \"agentId\": \"1003\"}");
        }
    }
}
