package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.PbxSimulator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end: an agent state change sent by the simulator travels over the CTI link into the
 * resource adapter, through the MDB into the database, and out of the REST API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentStateFlowIT {

    private static PbxSimulator simulator;

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment
    static WebArchive deployment() {
        return CtiosDeployment.builtWar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CtiosDeployment.startSimulator();
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void agentStateChangeFromTheCtiServerIsVisibleThroughRest() {
        RestClient rest = new RestClient(deploymentUrl);
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
        RestClient.Reply reply = new RestClient(deploymentUrl).get("api/agents/no-such-agent");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
    }
}
