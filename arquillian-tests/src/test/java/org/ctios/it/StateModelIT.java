package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionState;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;
import org.ctios.simulator.scenario.TrafficProfile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The object server's transactional path in Payara Micro: simulator events through the adapter and the MDB into
 * Hibernate, read back through the REST API; and a failover with calls ending and beginning while both sides are
 * down, after which every call is either in progress as the switch says or in the history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateModelIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(45);

    private JsonNode call(long callId) {
        RestClient.Reply reply = rest().get("api/calls/" + callId);
        return reply.status() == 200 ? reply.body() : null;
    }

    /** The ANI each injected call came from: how the history is searched for it. */
    private final Map<Long, String> anis = new HashMap<>();

    private long inject(String ani) {
        long callId = simulator.injectCall(1, ani, "7001", CallVariables.of("case-" + ani), List.of());
        anis.put(callId, ani);
        return callId;
    }

    private static ConnectionView agentSide(CallView call) {
        return call.connections().stream().filter(c -> c.kind() == DeviceKind.AGENT).findFirst().orElseThrow();
    }

    private CallView truth(long callId) {
        return simulator.calls().stream().filter(c -> c.callId() == callId).findFirst().orElseThrow();
    }

    private void hangUp(long callId) {
        ConnectionView agent = agentSide(truth(callId));
        simulator.onSwitch(acd -> acd.clearConnection(callId, agent.deviceId()));
    }

    private List<JsonNode> historyOf(String ani) {
        List<JsonNode> records = new ArrayList<>();
        rest().get("api/calls/history?limit=500&ani=" + ani).body().get("records").forEach(records::add);
        return records;
    }

    @Test
    @Order(1)
    void theOrganisationAndTheAgentsStatesAreThereAfterTheFirstSnapshot() {
        await("the link connects and the agents are read").atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode agent = rest().get("api/agents/1006").body();
            assertThat(agent.get("state").asText()).isEqualTo("AVAILABLE");
        });
        JsonNode agent = rest().get("api/agents/1006").body();
        assertThat(agent.get("team").asText()).isEqualTo("1");
        assertThat(agent.get("skillGroups")).extracting(JsonNode::asText).containsExactly("1");
        assertThat(agent.get("enabledActions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("NOT_READY", "NOT_READY_WITH_REASON");
        JsonNode sales = rest().get("api/skillgroups/1").body();
        assertThat(sales.get("name").asText()).isEqualTo("Sales");
        assertThat(sales.get("agentsLoggedIn").asInt()).isPositive();
    }

    @Test
    @Order(2)
    void aCallIsFollowedFromRingingToTalkingToItsHistoryRecord() {
        long callId = inject("0610000001");

        await("the call is answered").atMost(WAIT).until(() -> {
            JsonNode call = call(callId);
            return call != null && "CONNECTED".equals(call.get("state").asText());
        });
        JsonNode call = call(callId);
        String agentId = call.get("agentIds").get(0).asText();
        assertThat(call.get("ani").asText()).isEqualTo("0610000001");
        assertThat(call.get("callVariables").get("CallVariable1").asText()).isEqualTo("case-0610000001");
        assertThat(call.get("enabledActions").get(agentId)).extracting(JsonNode::asText)
                .contains("RELEASE", "HOLD", "TRANSFER_INIT");
        assertThat(rest().get("api/agents/" + agentId).body().get("calls")).extracting(JsonNode::asText)
                .containsExactly(String.valueOf(callId));

        hangUp(callId);

        await("the call is in the history").atMost(WAIT).until(() -> historyOf("0610000001").size() == 1);
        assertThat(call(callId)).isNull();
        JsonNode record = historyOf("0610000001").get(0);
        assertThat(record.get("endReason").asText()).isEqualTo("ENDED");
        assertThat(record.get("agentIds")).extracting(JsonNode::asText).containsExactly(agentId);
        JsonNode detail = rest().get("api/calls/history/" + record.get("callKey").asText()).body();
        assertThat(detail.get("timeline")).extracting(entry -> entry.get("event").asText())
                .startsWith("CallBegun").contains("CallDelivered", "CallEstablished").endsWith("CallEnded");

        JsonNode applied = rest().get("api/system/apply-statistics").body();
        assertThat(applied.get("committed").asLong()).as("events applied since start").isPositive();
        assertThat(applied.get("rolledBack").asLong()).isZero();
        assertThat(applied.get("latencyMillis").get("p50").asDouble())
                .isPositive().isLessThanOrEqualTo(applied.get("latencyMillis").get("max").asDouble());
    }

    @Test
    @Order(3)
    void noCallIsLostFromHistoryAcrossAFailoverAndAnOutage() throws Exception {
        // Only the test ends its calls: with the scenario's talk times (exponential, 40 s on average) one answered while
        // the link was down could end before the link is back, and no CTI client can know a call it never saw.
        simulator.traffic(new TrafficProfile(0, Map.of(), Duration.ofSeconds(2), Duration.ofHours(1),
                Duration.ofSeconds(5), Duration.ofSeconds(180), Duration.ofSeconds(20)));
        List<Long> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(inject("06200000" + (10 + i)));
        }
        await("all ten are answered and stored").atMost(WAIT).until(() -> calls.stream().allMatch(id -> {
            JsonNode call = call(id);
            return call != null && "CONNECTED".equals(call.get("state").asText());
        }));
        String side = rest().get("api/system").body().get("side").asText();
        String other = side.equals("A") ? "B" : "A";

        simulator.failSide(side);
        await("on the other side").atMost(WAIT).until(() -> other.equals(rest().get("api/system").body()
                .get("side").asText()) && rest().get("api/system").body().get("connected").asBoolean());
        hangUp(calls.get(0));
        await("an ordinary end on the other side").atMost(WAIT).until(() -> call(calls.get(0)) == null);

        simulator.failSide(other);
        await("the link is down").atMost(WAIT)
                .until(() -> !rest().get("api/system").body().get("connected").asBoolean());
        for (long callId : calls.subList(1, 5)) {
            hangUp(callId);
        }
        List<Long> begunWhileDown = List.of(inject("0620000090"), inject("0620000091"));
        await("the new calls are answered on the switch").atMost(WAIT).until(() -> begunWhileDown.stream()
                .allMatch(id -> simulator.calls().stream().anyMatch(c -> c.callId() == id
                        && agentSide(c).state() == ConnectionState.CONNECTED)));

        simulator.restoreSide(side);

        await("the snapshot repairs the calls in progress").atMost(WAIT).untilAsserted(() ->
                assertThat(activeCallIds()).isEqualTo(switchCallIds()));
        for (long callId : begunWhileDown) {
            assertThat(call(callId).get("begunUnseen").asBoolean()).as("call " + callId).isTrue();
        }
        for (long callId : calls.subList(1, 5)) {
            List<JsonNode> records = historyOf(anis.get(callId));
            assertThat(records).as("call " + callId).singleElement().satisfies(record ->
                    assertThat(record.get("endReason").asText()).isEqualTo("ENDED_WHILE_LINK_DOWN"));
        }

        List<Long> everyCall = new ArrayList<>(calls);
        everyCall.addAll(begunWhileDown);
        for (long callId : everyCall) {
            if (simulator.calls().stream().anyMatch(c -> c.callId() == callId)) {
                hangUp(callId);
            }
        }
        await("every call of the test is in the history, once").atMost(WAIT).untilAsserted(() -> {
            Set<String> recorded = new HashSet<>();
            for (JsonNode record : rest().get("api/calls/history?limit=500").body().get("records")) {
                if (record.get("ani").asText().startsWith("062000")) {
                    assertThat(recorded.add(record.get("ani").asText())).as("one record per call").isTrue();
                }
            }
            assertThat(recorded).hasSize(12);
        });
        assertThat(rest().get("api/system").body().get("deadLetters").asLong()).isZero();
    }

    private Set<Long> activeCallIds() {
        Set<Long> ids = new TreeSet<>();
        rest().get("api/calls").body().forEach(call -> ids.add(call.get("id").asLong()));
        return ids;
    }

    private Set<Long> switchCallIds() {
        Set<Long> ids = new TreeSet<>();
        simulator.calls().forEach(call -> ids.add(call.callId()));
        return ids;
    }
}
