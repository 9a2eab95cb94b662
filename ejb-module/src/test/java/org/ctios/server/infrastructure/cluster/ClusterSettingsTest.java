package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cluster needs each server's URL, absolute; the data grid keeps the holder as text and reads it back. */
class ClusterSettingsTest {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/ctios";

    @Test
    void theInstanceUrlIsKeptWithoutItsTrailingSlash() {
        assertThat(new ClusterSettings(true, Optional.of(" http://10.0.0.5:8080/cti/ "), POSTGRESQL).instanceUrl())
                .isEqualTo("http://10.0.0.5:8080/cti");
    }

    @Test
    void aMissingOrRelativeInstanceUrlIsNamedInTheError() {
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.empty(), POSTGRESQL).instanceUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ctios.cluster.instance-url");
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.of("/cti"), POSTGRESQL).instanceUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absolute http or https URL");
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.of("http://bad host/cti"), POSTGRESQL).instanceUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a URL");
    }

    @Test
    void aClusterOnAnEmbeddedDatabaseIsRefusedNamingWhy() {
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.empty(), ClusterSettings.EMBEDDED_DEFAULT)
                .requireSharedDatabase()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ctios.datasource.url").hasMessageContaining("share one database");
        new ClusterSettings(true, Optional.empty(), POSTGRESQL).requireSharedDatabase();
        new ClusterSettings(true, Optional.empty(), "jdbc:h2:tcp://db.example:9092/ctios").requireSharedDatabase();
    }
}
