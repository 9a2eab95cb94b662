package org.ctios.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroConnectorTest {

    @TempDir
    Path directory;

    @Test
    void thePostBootCommandsKeepHttpOnLoopbackDeployTheConnectorAndCreateItsFactory() throws Exception {
        Path rar = Files.createFile(directory.resolve("cti-connector.rar"));

        Path commands = PayaraMicroConnector.writePostBootCommands(rar, directory.resolve("boot"));

        assertThat(Files.readAllLines(commands)).containsExactly(
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                        + ".http-listener.address=127.0.0.1",
                "deploy --name " + PayaraMicroConnector.MODULE_NAME + " --type rar " + rar.toAbsolutePath(),
                "create-connector-connection-pool --raname cti-connector --connectiondefinition "
                        + "org.ctios.connector.api.CtiConnectionFactory --transactionsupport NoTransaction "
                        + "--steadypoolsize 0 --maxpoolsize 64 cti-connection-pool",
                "create-connector-resource --poolname cti-connection-pool "
                        + PayaraMicroConnector.CONNECTION_FACTORY_JNDI_NAME);
    }

    @Test
    void theApplicationIsReachedOnLoopbackWhateverAddressArquillianNames() throws Exception {
        assertThat(PayaraMicroConnector.onLoopback(new java.net.URL("http://192.0.2.2:8161/crm-bridge")))
                .hasToString("http://127.0.0.1:8161/crm-bridge/");
    }

    @Test
    void theConnectorOfARelease() {
        assertThat(PayaraMicroConnector.inLocalRepository(Path.of("/repo"), "1.2.0"))
                .isEqualTo(Path.of("/repo/org/ctios/cti-connector-rar/1.2.0/cti-connector-rar-1.2.0.rar"));
    }
}
