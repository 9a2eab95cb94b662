package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The crm-bridge example (examples/crm-bridge), an application of its own deployed beside CTI OS in the shared
 * server (micro-postboot-shared.txt), as an integrator's would be: its MDB receives the connector's screen pops on a
 * delivery lane of its own, and its requests go through the connector's connection factory for every application,
 * over CTI OS's one CTI session. Everything is checked as a user sees it: the bridge's REST API, CTI OS's and the
 * switch's truth.
 *
 * <p>Customer calls reach agent 1004 through skill group 3 (Billing), whose simulated agents are made not ready first
 * (as in {@link CallControlIT}).
 */
class CrmBridgeIT extends DeployedAgainstSimulator {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int BILLING = 3;

    private RestClient bridge() {
        try {
            return new RestClient(new URL("http", "127.0.0.1", deploymentUrl.getPort(), "/crm-bridge/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void billingReachesAgent1004Only() {
        for (int agent = 1038; agent <= 1049; agent++) {
            simulator.changeAgentState(String.valueOf(agent), AgentState.NOT_READY, 0);
        }
    }

    private void agentIn(String agentId, AgentState state) {
        simulator.changeAgentState(agentId, state, 0);
        await("CTI OS shows agent " + agentId + " " + state).atMost(WAIT).until(() ->
                state.name().equals(rest().get("api/agents/" + agentId).body().path("state").asText()));
    }

    @Test
    void aCallRingingAtAnAgentPopsInTheBridgeAndShowsInCtiOs() {
        agentIn("1004", AgentState.AVAILABLE);

        long callId = simulator.injectCall(BILLING, "0612340042", "8005550103", CallVariables.of("acct-42", "gold"),
                List.of());

        await("CTI OS has the call ringing at 1004").atMost(WAIT).until(() -> {
            RestClient.Reply call = rest().get("api/calls/" + callId);
            return call.status() == 200 && Parties.stateOf(call.body(), "1004").equals("ALERTING");
        });
        await("the bridge popped it").atMost(WAIT).until(() -> bridge().get("pops").body().size() > 0
                && bridge().get("pops").body().get(0).path("callId").asLong() == callId);
        JsonNode pop = bridge().get("pops").body().get(0);
        assertThat(pop.path("agentId").asText()).isEqualTo("1004");
        assertThat(pop.path("ani").asText()).isEqualTo("0612340042");
        assertThat(pop.path("dnis").asText()).isEqualTo("8005550103");
        assertThat(pop.path("callVariables").path("1").asText()).isEqualTo("acct-42");
        assertThat(pop.path("callVariables").path("2").asText()).isEqualTo("gold");
    }

    @Test
    void readyThroughTheBridgeChangesTheAgentOnTheSwitchAndInCtiOs() {
        agentIn("1005", AgentState.NOT_READY);

        RestClient.Reply ready = bridge().post("agents/1005/ready", "");

        assertThat(ready.status()).as("answer %s", ready.body()).isEqualTo(204);
        assertThat(switchAgent("1005").state()).as("the switch's truth").isEqualTo(AgentState.AVAILABLE);
        await("CTI OS heard the change from the one CTI session").atMost(WAIT).until(() ->
                "AVAILABLE".equals(rest().get("api/agents/1005").body().path("state").asText()));
        assertThat(simulator.openSessionCount()).as("the bridge's request used CTI OS's session").isEqualTo(1);
    }

    @Test
    void aLoggedOutAgentIsAConflictWithTheSwitchsReasonAndMalformedInputAProblem() {
        agentIn("1006", AgentState.LOGOUT);

        RestClient.Reply refused = bridge().post("agents/1006/ready", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().path("type").asText()).isEqualTo("urn:ctios:problem:not-logged-in");
        assertThat(refused.body().path("detail").asText()).contains("1006", "LOGOUT");
        assertThat(switchAgent("1006").state()).as("nothing changed on the switch").isEqualTo(AgentState.LOGOUT);

        RestClient.Reply tooLong = bridge().post("agents/123456789012/ready", "");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("type").asText()).isEqualTo("urn:ctios:problem:validation");
        RestClient.Reply wrongMethod = bridge().get("agents/1006/ready");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theSwitchSeesOneCtiSessionForCtiOsAndTheBridge() {
        assertThat(bridge().get("pops").status()).as("the bridge is deployed").isEqualTo(200);
        assertThat(simulator.openSessionCount()).isEqualTo(1);
        assertThat(rest().get("api/system/link").body().path("connected").asBoolean()).isTrue();
    }

    /** CTI OS's CDI desks belong to its application: beside it, the bridge finds none and says where to read. */
    @Test
    void besideCtiOsTheDesksAreOutOfReachAndTheBridgeSaysWhereToRead() {
        RestClient.Reply agent = bridge().get("agents/1005");

        assertThat(agent.status()).as("answer %s", agent.body()).isEqualTo(501);
        assertThat(agent.header("Content-Type")).startsWith("application/problem+json");
        assertThat(agent.body().path("type").asText()).isEqualTo("urn:ctios:problem:no-object-server");
        assertThat(agent.body().path("detail").asText()).contains("/cti/api/agents/1005");
    }
}
