package org.ctios.connector.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigExpressionTest {

    private final Map<String, String> config = Map.of("ctios.cti.side-a.host", "cti-a.example");
    private final Map<String, String> environment = Map.of("CTIOS_CTI_SIDE_A_PORT", "43001", "CTI_PASSWORD", "s3cret");
    private final ConfigExpression expressions = new ConfigExpression(
            key -> Optional.ofNullable(config.get(key)), environment::get);

    @Test
    void leavesPlainValuesAlone() {
        assertThat(expressions.resolve("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(expressions.resolve(null)).isNull();
    }

    @Test
    void takesAConfiguredValueOverTheDefault() {
        assertThat(expressions.resolve("${MPCONFIG=ctios.cti.side-a.host:127.0.0.1}")).isEqualTo("cti-a.example");
    }

    @Test
    void findsConfigKeysInTheEnvironmentUnderMicroProfileNaming() {
        assertThat(expressions.resolve("${MPCONFIG=ctios.cti.side-a.port:42027}")).isEqualTo("43001");
    }

    @Test
    void fallsBackToTheDefault() {
        assertThat(expressions.resolve("${MPCONFIG=ctios.cti.side-b.port:43027}")).isEqualTo("43027");
        assertThat(expressions.resolve("${MPCONFIG=ctios.cti.client-password:}")).isEmpty();
    }

    @Test
    void readsEnvironmentReferencesAnywhereInTheValue() {
        assertThat(expressions.resolve("pw-${ENV=CTI_PASSWORD}-x")).isEqualTo("pw-s3cret-x");
    }

    @Test
    void refusesAReferenceWithNeitherValueNorDefault() {
        assertThatThrownBy(() -> expressions.resolve("${ENV=NOT_SET}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("${ENV=NOT_SET}");
    }
}
