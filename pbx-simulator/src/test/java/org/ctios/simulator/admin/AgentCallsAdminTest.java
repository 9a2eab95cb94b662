package org.ctios.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionState;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /calls} with {@code agentId}: a demo or an integrator makes its own desktop ring, on the demo scenario,
 * whose simulated agents of the same skill groups would otherwise take every injected call first.
 */
class AgentCallsAdminTest extends AdminHttpTest {

    @BeforeEach
    void callersWaitForEver() {
        // patience 0: a queued call cannot end before the test looks at it
        TrafficProfile demo = simulator.onSwitch(acd -> acd.traffic());
        simulator.traffic(new TrafficProfile(0, Map.of(), demo.ringTime(), demo.meanHandleTime(), demo.wrapUpTime(),
                Duration.ZERO, demo.ringNoAnswerTimeout()));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send("POST", "/calls", body);
    }

    private static long callId(HttpResponse<String> created) throws Exception {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("callId").asLong();
    }

    private static String error(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).get("error").asText();
    }

    private CallView call(long callId) {
        return simulator.calls().stream().filter(c -> c.callId() == callId).findFirst().orElseThrow();
    }

    @Test
    void aCallForAReadyAgentRingsAtItsExtensionWithItsData() throws Exception {
        simulator.changeAgentState("1001", AgentState.AVAILABLE, 0);

        long callId = callId(post("""
                {"agentId": "1001", "ani": "0612345678", "dnis": "8005550101",
                 "callVariables": {"CallVariable1": "acct-42"}, "ecc": {"user.tier": "gold"}}"""));

        CallView call = call(callId);
        assertThat(call.connections()).extracting(ConnectionView::deviceId, ConnectionView::state)
                .contains(tuple("2001", ConnectionState.ALERTING));
        assertThat(call.skillGroupNumber()).isEqualTo(1);   // the agent's first skill group, none being named
        assertThat(call.ani()).isEqualTo("0612345678");
        assertThat(call.callVariables().get(1)).isEqualTo("acct-42");
    }

    @Test
    void aCallForANotReadyAgentWaitsForItThenRingsWhenItIsMadeReady() throws Exception {
        simulator.changeAgentState("1002", AgentState.NOT_READY, 0);

        long callId = callId(post("{\"agentId\": 1002, \"skillGroup\": 2, \"ani\": \"0611111111\"}"));
        CallView waiting = call(callId);
        simulator.changeAgentState("1002", AgentState.AVAILABLE, 0);
        CallView ringing = call(callId);

        assertThat(waiting.connections()).extracting(ConnectionView::kind).contains(DeviceKind.QUEUE);
        assertThat(waiting.connections()).extracting(ConnectionView::agentId).containsOnlyNulls();
        assertThat(ringing.connections()).extracting(ConnectionView::agentId).contains("1002");
        assertThat(ringing.skillGroupNumber()).isEqualTo(2);
        assertThat(ringing.queuedAt()).isNotNull();
    }

    @Test
    void refusesALoggedOutOrUnknownAgentAsTheSwitchRefusesASkillGroup() throws Exception {
        simulator.changeAgentState("1004", AgentState.NOT_READY, 0);

        HttpResponse<String> loggedOut = post("{\"agentId\": \"1003\"}");
        HttpResponse<String> unknown = post("{\"agentId\": \"1999\"}");
        HttpResponse<String> notItsGroup = post("{\"agentId\": \"1004\", \"skillGroup\": 1}");

        assertThat(loggedOut.statusCode()).isEqualTo(409);
        assertThat(error(loggedOut)).contains("agent 1003 is not logged in");
        assertThat(unknown.statusCode()).isEqualTo(409);
        assertThat(error(unknown)).contains("no agent 1999");
        assertThat(notItsGroup.statusCode()).isEqualTo(409);
        assertThat(error(notItsGroup)).contains("agent 1004 is not in skill group 1");
        assertThat(simulator.calls()).isEmpty();
    }

    @Test
    void answersBadInputWithTheAdminErrorForm() throws Exception {
        HttpResponse<String> empty = post("{\"agentId\": \"\"}");
        HttpResponse<String> spaces = post("{\"agentId\": \"10 01\"}");
        HttpResponse<String> tooLong = post("{\"agentId\": \"123456789012\"}");
        HttpResponse<String> notAnId = post("{\"agentId\": {\"id\": 1001}}");
        HttpResponse<String> truncated = post("{\"agentId\": \"1001\"");
        HttpResponse<String> neither = post("{\"ani\": \"0612345678\"}");

        for (HttpResponse<String> answer : new HttpResponse[] {empty, spaces, tooLong, notAnId, truncated, neither}) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(error(answer)).isNotBlank();
        }
        assertThat(error(empty)).contains("agentId");
        assertThat(error(neither)).contains("skillGroup").contains("agentId");
        assertThat(simulator.calls()).isEmpty();
    }

    @Test
    void aFullQueueForOneAgentAnswers429WithRetryAfter() throws Exception {
        simulator.changeAgentState("1005", AgentState.NOT_READY, 0);
        int accepted = 0;
        HttpResponse<String> answer = post("{\"agentId\": \"1005\"}");
        while (answer.statusCode() == 201 && accepted <= Acd.MAX_CALLS_WAITING_FOR_AN_AGENT) {
            accepted++;
            answer = post("{\"agentId\": \"1005\"}");
        }

        assertThat(accepted).isEqualTo(Acd.MAX_CALLS_WAITING_FOR_AN_AGENT);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(error(answer)).contains("agent 1005");
    }
}
