package org.ctios.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ctios.connector.adapter.config.ConfigExpression;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.connector.adapter.link.SideAddress;
import org.ctios.connector.adapter.runtime.ConnectorSettings;
import org.ctios.protocol.types.CtiService;
import org.junit.jupiter.api.Test;

/** The adapter's properties as a deployment sets them: defaults, MicroProfile Config overrides, bad values. */
class AdapterConfigurationTest {

    private final Map<String, String> config = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final CtiResourceAdapter adapter = new CtiResourceAdapter();

    private ConnectorSettings settings() throws ResourceAdapterInternalException {
        return adapter.settings(new ConfigExpression(key -> Optional.ofNullable(config.get(key)), environment::get));
    }

    @Test
    void defaultsDescribeAMonitorModeLinkToADuplexPairOnThisHost() throws Exception {
        ConnectorSettings settings = settings();
        LinkSettings link = settings.link();

        assertThat(link.sides()).containsExactly(new SideAddress("A", "127.0.0.1", 42027),
                new SideAddress("B", "127.0.0.1", 43027));
        assertThat(link.serviceMask()).isEqualTo(CtiService.mask(CtiService.ALL_EVENTS, CtiService.CLIENT_CONTROL,
                CtiService.CALL_DATA_UPDATE));
        assertThat(link.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(link.openTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(link.backoff().initial()).isEqualTo(Duration.ofSeconds(1));
        assertThat(link.backoff().maximum()).isEqualTo(Duration.ofSeconds(30));
        assertThat(link.backoff().jitter()).isEqualTo(0.2);
        assertThat(link.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(link.peripheralId()).isEqualTo(5000);
        assertThat(link.clientId()).isEqualTo("ctios");
        assertThat(link.clientPassword()).isEmpty();
        assertThat(settings.agentIds()).isEmpty();
        assertThat(settings.deliveryWorkers()).as("half the processors")
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        assertThat(settings.batchSize()).isEqualTo(256);
        assertThat(settings.queueCapacity()).isEqualTo(10_000);
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.unavailableLimit()).isEqualTo(Duration.ofMinutes(1));
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
        assertThat(settings.deliveryWorkers()).isEqualTo(6);
    }

    @Test
    void aBadValueFailsTheStartNamingTheProperty() {
        config.put("ctios.cti.heartbeat-interval", "fast");
        assertThatThrownBy(this::settings).isInstanceOf(ResourceAdapterInternalException.class)
                .hasMessageContaining("heartbeatInterval").hasMessageContaining("'fast'");

        config.clear();
        config.put("ctios.cti.side-b.port", "70000");
        assertThatThrownBy(this::settings).hasMessageContaining("sideBPort").hasMessageContaining("65535");

        config.clear();
        config.put("ctios.cti.service-mask", "ALL_EVENT");
        assertThatThrownBy(this::settings).hasMessageContaining("serviceMask")
                .hasMessageContaining("ALL_EVENT is none");

        config.clear();
        config.put("ctios.cti.agent-ids", "2000-1000");
        assertThatThrownBy(this::settings).hasMessageContaining("agentIds");

        config.clear();
        config.put("ctios.cti.delivery.workers", "many");
        assertThatThrownBy(this::settings).hasMessageContaining("deliveryWorkers");

        config.clear();
        config.put("ctios.cti.reconnect.jitter", "1.5");
        assertThatThrownBy(this::settings).hasMessageContaining("reconnectJitter");

        config.clear();
        config.put("ctios.cti.reconnect.max-delay", "100ms");
        assertThatThrownBy(this::settings).as("a maximum below the initial delay")
                .hasMessageContaining("initial <= maximum");
    }

    /** What the container reads: a getter and a setter per annotated field, the getter giving the default. */
    @Test
    void everyPropertyHasItsDefaultOnceWhereTheContainerInfersIt() throws Exception {
        int properties = 0;
        for (Field field : CtiResourceAdapter.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property == null) {
                continue;
            }
            properties++;
            String name = field.getName();
            String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method getter = CtiResourceAdapter.class.getMethod("get" + suffix);
            Method setter = CtiResourceAdapter.class.getMethod("set" + suffix, String.class);
            assertThat(Modifier.isPublic(getter.getModifiers()) && Modifier.isPublic(setter.getModifiers())).as(name)
                    .isTrue();
            assertThat(property.defaultValue()).as(name + ": the default is the field's, not repeated here")
                    .isEmpty();
            assertThat(property.description()).as(name + " is described").isNotEmpty();
            assertThat((String) getter.invoke(new CtiResourceAdapter())).as(name + "'s inferred default")
                    .startsWith("${MPCONFIG=ctios.");
        }
        assertThat(properties).isEqualTo(24);
    }
}
