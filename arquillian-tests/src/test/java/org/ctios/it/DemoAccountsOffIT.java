package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.ctios.it.earlier.AccountsLeftByAnEarlierRun;
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
 * A server started as in production, with the demo accounts off (the default: nothing sets
 * {@code ctios.security.demo-users}), over the accounts an earlier run
 * with the demo accounts left (written at start by {@link AccountsLeftByAnEarlierRun}): the demo passwords are
 * refused, the admin's real password works, and the accounts the admin gives a password work.
 *
 * <p>Its own Payara Micro: its WAR lacks the setting that turns the demo accounts on for the shared server, so the
 * container configuration stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoAccountsOffIT {


    private static PbxSimulator simulator;

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment
    static WebArchive deployment() {
        WebArchive war = CtiosDeployment.builtWarWithItsDefaults();
        return war.addPackage(AccountsLeftByAnEarlierRun.class.getPackage());
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

    private RestClient as(String user, String password) {
        return new RestClient(deploymentUrl).as(user, password);
    }

    private static void assertUnauthenticated(RestClient.Reply reply, String who) {
        assertThat(reply.status()).as(who).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:ctios:problem:unauthenticated");
    }

    @Test
    void theDemoPasswordsAreRefusedWhetherTheirAccountsExistOrNot() {
        for (String demo : List.of("crm", "admin", "supervisor1", "1001", "1002", "1050")) {
            assertUnauthenticated(as(demo, demo).get("api/agents"), demo);
        }
    }

    @Test
    void theAdminsRealPasswordWorksAndAnAccountTheAdminGivesAPasswordWorks() {
        RestClient admin = as("admin", AccountsLeftByAnEarlierRun.ADMIN_PASSWORD);
        assertThat(admin.get("api/system").status()).isEqualTo(200);
        assertThat(admin.get("api/agents").body().size()).isEqualTo(50);

        assertThat(admin.put("api/system/users/supervisor2/password", "{\"password\":\"summit-supervisor\"}")
                .status()).isEqualTo(204);
        RestClient supervisor2 = as("supervisor2", "summit-supervisor");
        assertThat(supervisor2.get("api/teams/2").status()).isEqualTo(200);
        assertThat(supervisor2.get("api/teams/1").status()).as("not its team").isEqualTo(403);

        assertThat(admin.put("api/system/users/crm/password", "{\"password\":\"crm-integration-secret\"}")
                .status()).isEqualTo(204);
        assertThat(as("crm", "crm-integration-secret").get("api/agents").status()).isEqualTo(200);
        assertUnauthenticated(as("crm", "crm").get("api/agents"), "crm with the demo password");
    }
}
