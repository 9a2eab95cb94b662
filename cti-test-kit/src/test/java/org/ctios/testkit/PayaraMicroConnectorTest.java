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
    void thePostBootCommandsKeepHttpOnLoopbackAndDeployTheConnectorUnderItsModuleName() throws Exception {
        Path rar = Files.createFile(directory.resolve("cti-connector.rar"));

        Path commands = PayaraMicroConnector.writePostBootCommands(rar, directory.resolve("boot"));

        assertThat(Files.readAllLines(commands)).containsExactly(
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                        + ".http-listener.address=127.0.0.1",
                "deploy --name " + PayaraMicroConnector.MODULE_NAME + " --type rar " + rar.toAbsolutePath());
    }

    @Test
    void theConnectorOfARelease() {
        assertThat(PayaraMicroConnector.inLocalRepository(Path.of("/repo"), "1.2.0"))
                .isEqualTo(Path.of("/repo/org/ctios/cti-connector-rar/1.2.0/cti-connector-rar-1.2.0.rar"));
    }
}
