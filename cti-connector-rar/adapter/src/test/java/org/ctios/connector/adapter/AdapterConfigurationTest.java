package org.ctios.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.connector.adapter.config.ConfigExpression;
import org.ctios.connector.adapter.config.InvalidSettingException;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.link.SideAddress;
import org.ctios.connector.adapter.runtime.ConnectorSettings;
import org.ctios.connector.adapter.testing.TestStores;
import org.ctios.connector.adapter.testing.ThreadBootstrapContext;
import org.ctios.protocol.types.CtiService;
import org.junit.jupiter.api.Test;

/**
 * The adapter's properties as a deployment sets them: one per setting, MicroProfile Config and the environment
 * overriding the defaults, a bad value failing the start. (The settings' own defaults and bounds are
 * {@code ConnectorSettingsTest}'s.)
 */
class AdapterConfigurationTest {

    private final Map<String, String> config = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final CtiResourceAdapter adapter = new CtiResourceAdapter();

    private ConnectorSettings settings() throws ResourceAdapterInternalException {
        return adapter.settings(new ConfigExpression(key -> Optional.ofNullable(config.get(key)), environment::get));
    }

    @Test
    void withNothingConfiguredEverySettingIsItsDefault() throws Exception {
        ConnectorSettings settings = settings();

        assertThat(settings).isEqualTo(ConnectorSettings.read(Setting::defaultValue));
    }

    @Test
    void microProfileConfigAndTheEnvironmentOverrideTheDefaults() throws Exception {
        config.put("ctios.cti.side-a.host", "cti-a.example");
        config.put("ctios.cti.side-b.host", "");
        config.put("ctios.cti.heartbeat-interval", "500ms");
        config.put("ctios.cti.agent-ids", "1001-1003, sup7");
        config.put("ctios.cti.service-mask", "ALL_EVENTS");
        config.put("ctios.cti.delivery.workers", "6");
        environment.put("CTIOS_CTI_SIDE_A_PORT", "43001");
        adapter.setClientPassword("${ENV=CTI_PASSWORD:}");
        environment.put("CTI_PASSWORD", "s3cret");

        ConnectorSettings settings = settings();

        assertThat(settings.link().sides()).as("an empty side B host means a simplex server")
                .containsExactly(new SideAddress("A", "cti-a.example", 43001));
        assertThat(settings.link().heartbeatInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.agentIds()).containsExactlyInAnyOrder("1001", "1002", "1003", "sup7");
        assertThat(settings.link().serviceMask()).isEqualTo(CtiService.ALL_EVENTS.bit());
        assertThat(settings.link().clientPassword()).isEqualTo("s3cret");
        assertThat(settings.delivery().workers()).isEqualTo(6);
    }

    @Test
    void aBadValueFailsTheStartNamingTheProperty() {
        ThreadBootstrapContext bootstrap = new ThreadBootstrapContext();
        adapter.setHeartbeatInterval("fast");

        assertThatThrownBy(() -> adapter.start(bootstrap)).isInstanceOf(ResourceAdapterInternalException.class)
                .hasMessageContaining("invalid CTI connector configuration: heartbeatInterval")
                .hasMessageContaining("'fast'")
                .cause().isInstanceOf(InvalidSettingException.class)
                .extracting(cause -> ((InvalidSettingException) cause).property()).isEqualTo("heartbeatInterval");
        assertThat(adapter.connector()).as("not started").isNull();
        assertThat(bootstrap.scheduledWorks()).as("nothing scheduled").isZero();
    }

    @Test
    void aTlsStoreThatCannotBeReadOrOpenedFailsTheStartNamingItsSetting() {
        adapter.setTlsEnabled("true");
        adapter.setTlsTrustStore(TestStores.path(TestStores.TEST_CA) + ".missing");
        assertStartFailsFor("tlsTrustStore", "cannot be read as a PKCS12 store");

        adapter.setTlsTrustStore(TestStores.path(TestStores.TEST_CA).toString());
        adapter.setTlsTrustStorePassword("not-the-password");
        assertStartFailsFor("tlsTrustStorePassword", "does not open");

        adapter.setTlsTrustStorePassword(TestStores.PASSWORD);
        adapter.setTlsKeyStore(TestStores.path(TestStores.CLIENT).toString());
        adapter.setTlsKeyStorePassword("not-the-password");
        assertStartFailsFor("tlsKeyStorePassword", "does not open");
    }

    private void assertStartFailsFor(String property, String problem) {
        ThreadBootstrapContext bootstrap = new ThreadBootstrapContext();
        assertThatThrownBy(() -> adapter.start(bootstrap)).as(property)
                .isInstanceOf(ResourceAdapterInternalException.class)
                .hasMessageContaining("invalid CTI connector configuration: " + property).hasMessageContaining(problem)
                .hasMessageNotContaining("not-the-password")
                .cause().isInstanceOf(InvalidSettingException.class);
        assertThat(adapter.connector()).as("not started").isNull();
        assertThat(bootstrap.scheduledWorks()).as("nothing scheduled").isZero();
    }

    /**
     * What the container reads and sets: a String property per setting, with a public getter and setter, whose
     * initial value the container infers as the default, and which is what the setting is read from.
     */
    @Test
    void everySettingIsAPropertyOfTheAdapterThatStartsAsItsReference() throws Exception {
        List<String> properties = new ArrayList<>();
        for (Field field : CtiResourceAdapter.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ConfigProperty.class)) {
                assertThat(field.getType()).as(field.getName()).isEqualTo(String.class);
                properties.add(field.getName());
            }
        }
        assertThat(properties).containsExactlyInAnyOrderElementsOf(
                ConnectorSettings.SETTINGS.stream().map(Setting::property).toList());

        for (Setting<?> setting : ConnectorSettings.SETTINGS) {
            String suffix = Character.toUpperCase(setting.property().charAt(0)) + setting.property().substring(1);
            Method getter = CtiResourceAdapter.class.getMethod("get" + suffix);
            Method setter = CtiResourceAdapter.class.getMethod("set" + suffix, String.class);
            assertThat(Modifier.isPublic(getter.getModifiers()) && Modifier.isPublic(setter.getModifiers()))
                    .as(setting.property()).isTrue();
            assertThat(getter.invoke(new CtiResourceAdapter())).as(setting.property() + "'s inferred default")
                    .isEqualTo(setting.reference());

            CtiResourceAdapter configured = new CtiResourceAdapter();
            setter.invoke(configured, "${ENV=CTIOS_TEST_NEVER_SET}");
            assertThatThrownBy(() -> configured.settings(new ConfigExpression(key -> Optional.empty(), name -> null)))
                    .as("the setting " + setting.property() + " is read from its own property")
                    .cause().isInstanceOf(InvalidSettingException.class)
                    .extracting(cause -> ((InvalidSettingException) cause).property()).isEqualTo(setting.property());
        }
    }
}
