package org.ctios.examples.crmbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ctios.protocol.types.AgentState;
import org.ctios.testkit.CtiSimulatorTest;
import org.ctios.testkit.CtiTestSwitch;
import org.ctios.testkit.PayaraMicroConnector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bridge tested as its integrator would test it: with the test kit's simulated CTI Server, the connector deployed
 * beside the bridge in Payara Micro (no CTI OS), and nothing but HTTP and the switch's truth to look at.
 */
@CtiSimulatorTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrmBridgeKitIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private URL bridge;

    @Deployment
    static WebArchive bridge() {
        return ShrinkWrap.create(ZipImporter.class, "crm-bridge.war")
                .importFrom(new File(System.getProperty("crm-bridge.war"))).as(WebArchive.class);
    }

    @Test
    void aCallDeliveredToAnAgentPopsItsScreen(CtiTestSwitch cti) throws Exception {
        long callId = cti.injectCallForAgent("1049", "0612345678", "8005550101", "acct-42");

        await("the pop of call " + callId).atMost(WAIT).untilAsserted(() -> {
            JsonNode pops = JSON.readTree(send("GET", "pops").body());
            assertThat(pops).anySatisfy(pop -> {
                assertThat(pop.path("agentId").asText()).isEqualTo("1049");
                assertThat(pop.path("ani").asText()).isEqualTo("0612345678");
                assertThat(pop.path("dnis").asText()).isEqualTo("8005550101");
                assertThat(pop.path("callVariables").toString()).contains("acct-42");
            });
        });
    }

    @Test
    void readyThroughTheConnectorMakesTheAgentAvailableOnTheSwitch(CtiTestSwitch cti) throws Exception {
        cti.changeAgentState("1002", AgentState.NOT_READY, 0);

        HttpResponse<String> ready = await("the connector's link").atMost(WAIT)
                .until(() -> send("POST", "agents/1002/ready"), answer -> answer.statusCode() != 503);

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(204);
        assertThat(cti.agent("1002").orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
        assertThat(cti.openSessionCount()).as("the connector's one CTI session").isEqualTo(1);
    }

    @Test
    void aLoggedOutAgentCannotBeMadeReady(CtiTestSwitch cti) throws Exception {
        HttpResponse<String> refused = await("the connector's link").atMost(WAIT)
                .until(() -> send("POST", "agents/1003/ready"), answer -> answer.statusCode() != 503);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(cti.agent("1003").orElseThrow().state()).isEqualTo(AgentState.LOGOUT);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(PayaraMicroConnector.onLoopback(bridge).resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
