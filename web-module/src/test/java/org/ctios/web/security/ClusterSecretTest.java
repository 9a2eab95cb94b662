package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSecretTest {

    @Test
    void aClusterNeedsASecretOfAtLeastThirtyTwoCharacters() {
        assertThatThrownBy(() -> new ClusterSecret(true, Optional.empty()).signature())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ctios.cluster.secret");
        assertThatThrownBy(() -> new ClusterSecret(true, Optional.of("  ")).signature())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be set");
        assertThatThrownBy(() -> new ClusterSecret(true, Optional.of("short")).signature())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
        assertThat(new ClusterSecret(true, Optional.of("x".repeat(32))).signature()).isNotNull();
    }

    @Test
    void outsideAClusterNothingIsSignedOrVerified() {
        assertThatThrownBy(() -> new ClusterSecret(false, Optional.of("x".repeat(32))).signature())
                .isInstanceOf(IllegalStateException.class);
    }
}
