package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctios.protocol.types.AgentState;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.AgentView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every container test class of the shared-server group shares: the built WAR deployed in Payara Micro beside the
 * RAR, tested from the client side through its REST API. The group's classes share one deployment, so one server (see
 * the failsafe executions in the POM); each class starts a fresh simulator of the CTI Server pair, numbering its calls
 * from a block of its own, and its first test waits until the server has reconnected to that switch and read its
 * state, as after a CTI Server restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("shared-server")
abstract class DeployedAgainstSimulator {

    /** How long a server may take to notice the previous class's switch is gone and read the new one's state. */
    private static final Duration RESYNCHRONISATION = Duration.ofSeconds(90);

    /** The simulator of the class that is running (classes run one after another). */
    protected static PbxSimulator simulator;
    private static Instant simulatorStartedAt;
    /** The switch the server was last seen to have read: each class waits for its own once. */
    private static PbxSimulator resynchronisedTo;

    /**
     * The server's base URL: Arquillian gives the application's own URL only while it is the one deployed; beside
     * crm-bridge (micro-postboot-shared.txt) it gives the server's root. Use {@link #ctiUrl()} for CTI OS's.
     */
    @ArquillianResource
    protected URL deploymentUrl;

    /** CTI OS's application, at its fixed context root (glassfish-web.xml). */
    protected URL ctiUrl() {
        try {
            return new URL("http", "127.0.0.1", deploymentUrl.getPort(), "/cti/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Deployment
    static WebArchive deployment() {
        return CtiosDeployment.builtWar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        simulatorStartedAt = Instant.now();
        simulator = CtiosDeployment.startSimulator();
    }

    @BeforeEach
    void awaitTheServerOnThisClassesSwitch() {
        if (resynchronisedTo == simulator) {
            return;
        }
        await("the server reconnected to this class's switch and read its agents").atMost(RESYNCHRONISATION)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    RestClient.Reply reply = rest().get("api/system/link");
                    if (reply.status() == 404) {
                        // Payara Micro runs on when a deployment fails: the tests must not wait for it.
                        throw new IllegalStateException("the application is not deployed (404 from its link status):"
                                + " its deployment failed, see the server's log in this class's output");
                    }
                    JsonNode link = reply.body();
                    assertThat(link.path("connected").asBoolean()).as("connected").isTrue();
                    assertThat(link.path("resynchronising").asBoolean()).as("resynchronising").isFalse();
                    assertThat(Instant.parse(link.path("since").asText(Instant.EPOCH.toString())))
                            .as("session opened after this switch started").isAfterOrEqualTo(simulatorStartedAt);
                    assertThat(withoutReasons(SwitchTruth.storedAgents(rest())))
                            .isEqualTo(withoutReasons(SwitchTruth.switchAgents(simulator.stats())));
                });
        announceLogoutReasons();
        await("the server equals this class's switch").atMost(RESYNCHRONISATION)
                .untilAsserted(() -> SwitchTruth.assertStateEqual(rest(), simulator));
        resynchronisedTo = simulator;
    }

    /**
     * A snapshot carries no reason code, so an agent an earlier class logged out with a reason keeps it on the
     * server (as {@code Agent.reconcile} documents) while this fresh switch says 0. Such agents log in and out again
     * here, so that the server hears this switch's reason.
     */
    private void announceLogoutReasons() {
        Map<String, String> stored = SwitchTruth.storedAgents(rest());
        SwitchTruth.switchAgents(simulator.stats()).forEach((agentId, truth) -> {
            String[] stateReasonExtension = truth.split("/");
            if (stateReasonExtension[0].equals(AgentState.LOGOUT.name()) && !truth.equals(stored.get(agentId))) {
                simulator.changeAgentState(agentId, AgentState.AVAILABLE, 0);
                simulator.changeAgentState(agentId, AgentState.LOGOUT, Integer.parseInt(stateReasonExtension[1]));
            }
        });
    }

    /** Agents as "state/reason/extension" by id, with the reason left out. */
    private static Map<String, String> withoutReasons(Map<String, String> agents) {
        return agents.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                agent -> agent.getValue().replaceFirst("/[0-9]+/", "/")));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The switch's truth about one agent. */
    protected static AgentView switchAgent(String agentId) {
        return simulator.agents().stream().filter(agent -> agent.agentId().equals(agentId)).findFirst()
                .orElseThrow(() -> new AssertionError("the simulator has no agent " + agentId));
    }

    protected RestClient rest() {
        return new RestClient(ctiUrl());
    }

    /**
     * The URL of a page of the deployment, such as "" for the agent desktop. Payara Micro reports the deployment with
     * the machine's outward address, but the tests bind its HTTP listener to loopback only.
     */
    protected String pageUrl(String path) {
        return ctiUrl() + path;
    }
}
