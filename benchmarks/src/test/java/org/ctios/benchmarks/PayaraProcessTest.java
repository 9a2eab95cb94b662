package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The benchmark's server gets the connector's connection factory from the connector's own commands. */
class PayaraProcessTest {

    @Test
    void theConnectionFactoryCommandsAreTheConnectorsOwn() throws IOException {
        assertThat(PayaraProcess.connectionFactoryCommands())
                .contains("create-connector-connection-pool --raname cti-connector")
                .contains("create-connector-resource --poolname cti-connection-pool cti/connectionFactory");
    }
}
