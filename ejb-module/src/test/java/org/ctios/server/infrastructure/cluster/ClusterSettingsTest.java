package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cluster needs each server's URL, absolute; the data grid keeps the holder as text and reads it back. */
class ClusterSettingsTest {

    @Test
    void theInstanceUrlIsKeptWithoutItsTrailingSlash() {
        assertThat(new ClusterSettings(true, Optional.of(" http://10.0.0.5:8080/cti/ ")).instanceUrl())
                .isEqualTo("http://10.0.0.5:8080/cti");
    }

    @Test
    void aMissingOrRelativeInstanceUrlIsNamedInTheError() {
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.empty()).instanceUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ctios.cluster.instance-url");
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.of("/cti")).instanceUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absolute http or https URL");
        assertThatThrownBy(() -> new ClusterSettings(true, Optional.of("http://bad host/cti")).instanceUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a URL");
    }

    @Test
    void theHolderComesBackFromItsTextForm() {
        LinkHolder holder = new LinkHolder(UUID.randomUUID(), "http://127.0.0.1:8081/cti");

        assertThat(LinkHolder.decode(holder.encoded())).isEqualTo(holder);
        assertThatThrownBy(() -> LinkHolder.decode("nobody")).isInstanceOf(IllegalArgumentException.class);
    }
}
