package org.ctios.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ear/'s EAR, as built, deployed by Arquillian into the Payara Server domain the build started, against the simulator
 * in this JVM: the CTI link opens from inside the EAR, the switch's events reach the database through the MDB, and
 * agent control reaches the switch through the outbound connection factory. Everything is checked over HTTP, as a
 * CRM would see it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static PbxSimulator simulator;
    private final ServerApi crm = new ServerApi(Integer.getInteger("ctios.http.port"), "crm", "crm");

    /** Starts the simulator first: the link opens as soon as the EAR's resource adapter starts. */
    @Deployment(testable = false)
    static EnterpriseArchive ear() throws IOException {
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0))
                .withPorts(Integer.getInteger("ctios.simulator.side-a.port"),
                        Integer.getInteger("ctios.simulator.side-b.port"), -1));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ctios.ear")));
    }

    @AfterAll
    static void stopSimulator() throws IOException {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    @Order(1)
    void theCtiLinkIsOpenFromInsideTheEar() {
        await("the link is open and resynchronised").atMost(WAIT).untilAsserted(() -> {
            JsonNode link = crm.get("api/system/link");
            assertThat(link.path("connected").asBoolean()).isTrue();
            assertThat(link.path("resynchronising").asBoolean()).isFalse();
            assertThat(link.path("side").asText()).isEqualTo("A");
        });
        assertThat(simulator.openSessionCount()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aStateChangeOnTheSwitchIsStoredThroughTheMdb() {
        simulator.changeAgentState("1007", AgentState.NOT_READY, 0);
        simulator.changeAgentState("1007", AgentState.AVAILABLE, 0);

        await("1007 is stored available").atMost(WAIT).untilAsserted(() ->
                assertThat(crm.get("api/agents/1007").path("state").asText()).isEqualTo("AVAILABLE"));

        simulator.changeAgentState("1007", AgentState.NOT_READY, 3);
        await("1007 is stored not ready with its reason").atMost(WAIT).untilAsserted(() -> {
            JsonNode agent = crm.get("api/agents/1007");
            assertThat(agent.path("state").asText()).isEqualTo("NOT_READY");
            assertThat(agent.path("reasonCode").asInt()).isEqualTo(3);
        });
    }

    @Test
    @Order(3)
    void anAgentLogsInAndGoesReadyThroughTheOutboundConnectionFactory() {
        ServerApi agent = new ServerApi(Integer.getInteger("ctios.http.port"), "1001", "1001");

        ServerApi.Reply login = agent.put("api/agents/1001/state",
                "{\"state\": \"LOGIN\", \"instrument\": \"2001\", \"password\": \"1001\"}");
        ServerApi.Reply ready = agent.put("api/agents/1001/state", "{\"state\": \"AVAILABLE\"}");

        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        assertThat(ready.status()).as(ready.body().toString()).isEqualTo(200);
        assertThat(ready.body().path("state").asText()).isEqualTo("AVAILABLE");
        assertThat(simulator.agents()).filteredOn(a -> a.agentId().equals("1001"))
                .extracting(a -> a.state().name()).containsExactly("AVAILABLE");
    }

    @Test
    @Order(4)
    void badInputIsAProblemAndChangesNothing() {
        ServerApi agent = new ServerApi(Integer.getInteger("ctios.http.port"), "1001", "1001");

        ServerApi.Reply refused = agent.put("api/agents/1001/state", "{\"state\": \"DANCING\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(crm.get("api/agents/1001").path("state").asText()).isEqualTo("AVAILABLE");
    }
}
