package org.ctios.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.ctios.simulator.server.ServerTls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
 *
 * <p>The domain's link is configured as in production, over TLS with a client certificate (src/test/server/
 * payara-domain.sh, the test-only stores of src/test/tls): the simulator serves TLS, requiring client certificates,
 * on the only ports the domain knows. First a CTI Server whose certificate is not trusted stands there, and is
 * refused with a clear last error; then the right one takes its place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String STORE_PASSWORD = "test-only-password";

    private static PbxSimulator simulator;
    private final ServerApi crm = new ServerApi(Integer.getInteger("ctios.http.port"), "crm", "crm");

    /**
     * ear/'s EAR as built, with the crm-bridge example added as a module of its own, as an integrator adds theirs.
     * Starts an untrusted CTI Server first: the link tries it as soon as the EAR's resource adapter starts.
     */
    @Deployment(testable = false)
    static EnterpriseArchive ear() throws IOException {
        simulator = startSimulator("cti-server-untrusted.p12");
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ctios.ear")));
        return withModule(ear, crmBridge(), "/crm-bridge");
    }

    /** The example's WAR without its copy of the object server's API, as maven-ear-plugin's skinnyWars leaves it. */
    private static WebArchive crmBridge() {
        WebArchive bridge = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("crm-bridge.war")));
        List<ArchivePath> apiCopies = bridge.getContent(path -> path.get().startsWith("/WEB-INF/lib/object-server-api"))
                .keySet().stream().toList();
        assertThat(apiCopies).as("the example bundles the API for Payara Micro").hasSize(1);
        apiCopies.forEach(bridge::delete);
        return bridge;
    }

    /** Adds the WAR to the EAR and to its application.xml, before the library directory. */
    private static EnterpriseArchive withModule(EnterpriseArchive ear, WebArchive module, String contextRoot)
            throws IOException {
        String applicationXml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String moduleXml = "<module><web><web-uri>" + module.getName() + "</web-uri><context-root>" + contextRoot
                + "</context-root></web></module>";
        assertThat(applicationXml).contains("<library-directory>");
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(module).setApplicationXML(new StringAsset(
                applicationXml.replace("<library-directory>", moduleXml + "<library-directory>")));
    }

    /** The demo switch, serving TLS with the given certificate on the domain's CTI ports (plain on free ones). */
    private static PbxSimulator startSimulator(String serverCertificate) throws IOException {
        Path stores = Path.of(System.getProperty("ctios.tls.stores"));
        ServerTls tls = ServerTls.of(Integer.getInteger("ctios.simulator.side-a.port"),
                        Integer.getInteger("ctios.simulator.side-b.port"), stores.resolve(serverCertificate),
                        STORE_PASSWORD)
                .requiringClientCertificates(stores.resolve("test-ca-trust.p12"), STORE_PASSWORD);
        return PbxSimulator.start(PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0))
                .withTls(tls));
    }

    @AfterAll
    static void stopSimulator() throws IOException {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    @Order(1)
    void aCtiServerWhoseCertificateIsNotTrustedIsRefusedWithAClearLastError() throws IOException {
        await("the handshake refused").atMost(WAIT).untilAsserted(() -> {
            JsonNode link = crm.get("api/system");
            assertThat(link.path("connected").asBoolean()).isFalse();
            assertThat(link.path("lastError").asText()).startsWith("side ")
                    .contains("TLS handshake failed: certificate not trusted");
        });
        assertThat(simulator.openSessionCount()).as("no session with the untrusted server").isZero();

        simulator.close();
        simulator = startSimulator("cti-server.p12");
    }

    @Test
    @Order(2)
    void theCtiLinkIsOpenFromInsideTheEarOverTls() {
        await("the link is open and resynchronised").atMost(WAIT).untilAsserted(() -> {
            JsonNode link = crm.get("api/system/link");
            assertThat(link.path("connected").asBoolean()).isTrue();
            assertThat(link.path("resynchronising").asBoolean()).isFalse();
            // either side: after the refused handshakes the link was alternating between them, as it does
            assertThat(link.path("side").asText()).isIn("A", "B");
        });
        assertThat(simulator.openSessionCount()).as("one session, on a TLS port of the domain's").isEqualTo(1);
    }

    @Test
    @Order(3)
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
    @Order(4)
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
    @Order(5)
    void badInputIsAProblemAndChangesNothing() {
        ServerApi agent = new ServerApi(Integer.getInteger("ctios.http.port"), "1001", "1001");

        ServerApi.Reply refused = agent.put("api/agents/1001/state", "{\"state\": \"DANCING\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(crm.get("api/agents/1001").path("state").asText()).isEqualTo("AVAILABLE");
    }

    @Test
    @Order(6)
    void aModuleOfTheEarInjectsAgentDeskAndReadsAnAgentAsCtiOsShowsIt() {
        JsonNode asCtiOsShowsIt = crm.get("api/agents/1001");

        ServerApi.Reply card = crm.fetch("/crm-bridge/agents/1001");

        assertThat(card.status()).as("%s", card.body()).isEqualTo(200);
        assertThat(card.body().path("agentId").asText()).isEqualTo("1001");
        assertThat(card.body().path("state").asText()).isEqualTo("AVAILABLE")
                .isEqualTo(asCtiOsShowsIt.path("state").asText());
        assertThat(card.body().path("instrument").asText()).as("where it logged in")
                .isEqualTo("2001").isEqualTo(asCtiOsShowsIt.path("extension").asText());
        assertThat(card.body().path("lastName").asText()).isEqualTo(asCtiOsShowsIt.path("lastName").asText());
    }

    /** The desk's exception crossed the EJB view as it is (an application exception), and became the bridge's 404. */
    @Test
    @Order(7)
    void anAgentCtiOsDoesNotKnowIsTheDesksTypedExceptionInTheOtherModule() {
        ServerApi.Reply unknown = crm.fetch("/crm-bridge/agents/9999");

        assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().path("type").asText()).isEqualTo("urn:ctios:problem:unknown-resource");
        assertThat(unknown.body().path("detail").asText()).contains("9999");
    }
}
