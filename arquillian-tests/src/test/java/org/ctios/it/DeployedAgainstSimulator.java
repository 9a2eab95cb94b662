package org.ctios.it;

import java.net.URL;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.AgentView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every container test class shares: the built WAR deployed in Payara Micro beside the RAR, tested from the
 * client side through its REST API, and a simulator of the CTI Server pair started for the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedAgainstSimulator {

    /** The simulator of the class that is running (classes run one after another). */
    protected static PbxSimulator simulator;

    @ArquillianResource
    protected URL deploymentUrl;

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
            simulator = null;
        }
    }

    /** The switch's truth about one agent. */
    protected static AgentView switchAgent(String agentId) {
        return simulator.agents().stream().filter(agent -> agent.agentId().equals(agentId)).findFirst()
                .orElseThrow(() -> new AssertionError("the simulator has no agent " + agentId));
    }

    protected RestClient rest() {
        return new RestClient(deploymentUrl);
    }

    /**
     * The URL of a page of the deployment, such as "" for the agent desktop. Payara Micro reports the deployment with
     * the machine's outward address, but the tests bind its HTTP listener to loopback only.
     */
    protected String pageUrl(String path) {
        String root = deploymentUrl.getPath();
        String context = root.endsWith("/") ? root : root + "/";
        return "http://127.0.0.1:" + deploymentUrl.getPort() + context + path;
    }
}
