package org.ctios.connector.adapter.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctios.connector.adapter.config.InvalidSettingException;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.inbound.DeliverySettings;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.connector.adapter.link.SideAddress;
import org.ctios.connector.adapter.tls.StoreFile;
import org.ctios.connector.adapter.tls.TlsSettings;
import org.ctios.protocol.types.CtiService;
import org.junit.jupiter.api.Test;

/** The connector's settings: their defaults, the values each refuses, and their documentation. */
class ConnectorSettingsTest {

    private static final Path README = Path.of("..", "README.md");

    private final Map<Setting<?>, String> values = new HashMap<>();

    private ConnectorSettings read() {
        return ConnectorSettings.read(setting -> values.getOrDefault(setting, setting.defaultValue()));
    }

    @Test
    void theDefaultsDescribeAMonitorModeLinkToADuplexPairOnThisHost() {
        ConnectorSettings settings = read();
        LinkSettings link = settings.link();
        DeliverySettings delivery = settings.delivery();

        assertThat(link.sides()).containsExactly(new SideAddress("A", "127.0.0.1", 42027),
                new SideAddress("B", "127.0.0.1", 43027));
        assertThat(link.clientId()).isEqualTo("ctios");
        assertThat(link.clientPassword()).isEmpty();
        assertThat(link.serviceMask()).isEqualTo(CtiService.mask(CtiService.ALL_EVENTS, CtiService.CLIENT_CONTROL,
                CtiService.CALL_DATA_UPDATE));
        assertThat(link.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(link.idleTimeoutSeconds()).as("four heartbeats, never below the protocol's 20 s").isEqualTo(20);
        assertThat(link.openTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(link.backoff().initial()).isEqualTo(Duration.ofSeconds(1));
        assertThat(link.backoff().maximum()).isEqualTo(Duration.ofSeconds(30));
        assertThat(link.backoff().jitter()).isEqualTo(0.2);
        assertThat(link.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(link.peripheralId()).isEqualTo(5000);
        assertThat(link.resyncWindow()).isEqualTo(32);
        assertThat(link.resyncTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(link.tls().enabled()).as("plain TCP, as the simulator's demo ports").isFalse();
        assertThat(settings.agentIds()).isEmpty();
        assertThat(settings.holdLinkOnStart()).as("not clustered: the link opens at start").isTrue();
        assertThat(delivery.workers()).as("one per processor, at least two")
                .isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThat(delivery.queueCapacity()).isEqualTo(10_000);
        assertThat(delivery.maxAttempts()).isEqualTo(3);
        assertThat(delivery.endpointWaitLimit()).isEqualTo(Duration.ofMinutes(1));
        assertThat(delivery.deadLetterCapacity()).isEqualTo(1000);
        assertThat(delivery.batchSize()).isEqualTo(256);
    }

    @Test
    void valuesAreReadInEveryFormTheyMayTake() {
        values.put(LinkSettings.SIDE_B_HOST, " ");
        values.put(LinkSettings.SERVICE_MASK, "0x10");
        values.put(LinkSettings.HEARTBEAT_INTERVAL, "500ms");
        values.put(LinkSettings.RESYNC_TIMEOUT, "90");
        values.put(ConnectorSettings.AGENT_IDS, "1001-1003, sup7");
        values.put(DeliverySettings.WORKERS, "6");
        values.put(ConnectorSettings.CLUSTERED, "TRUE");

        ConnectorSettings settings = read();

        assertThat(settings.link().sides()).as("a blank side B host means a simplex server")
                .containsExactly(new SideAddress("A", "127.0.0.1", 42027));
        assertThat(settings.link().serviceMask()).isEqualTo(0x10);
        assertThat(settings.link().heartbeatInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.link().resyncTimeout()).as("a bare number is seconds").isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.agentIds()).containsExactlyInAnyOrder("1001", "1002", "1003", "sup7");
        assertThat(settings.delivery().workers()).isEqualTo(6);
        assertThat(settings.holdLinkOnStart()).as("clustered: the link waits to be held").isFalse();
    }

    @Test
    void withTlsOnTheStoresTheHostNameCheckAndTheProtocolsAreRead() {
        values.put(TlsSettings.ENABLED, "true");
        values.put(TlsSettings.TRUST_STORE, "/etc/ctios/cti-trust.p12");
        values.put(TlsSettings.TRUST_STORE_PASSWORD, "trust-secret");
        values.put(TlsSettings.KEY_STORE, " /etc/ctios/cti-client.jks ");
        values.put(TlsSettings.KEY_STORE_TYPE, "JKS");
        values.put(TlsSettings.KEY_STORE_PASSWORD, "key-secret");
        values.put(TlsSettings.PROTOCOLS, "TLSv1.3");

        TlsSettings tls = read().link().tls();

        assertThat(tls.enabled()).isTrue();
        assertThat(tls.trustStore()).isEqualTo(new StoreFile("/etc/ctios/cti-trust.p12", "PKCS12", "trust-secret"));
        assertThat(tls.keyStore()).isEqualTo(new StoreFile("/etc/ctios/cti-client.jks", "JKS", "key-secret"));
        assertThat(tls.verifyHostName()).as("on by default").isTrue();
        assertThat(tls.protocols()).containsExactly("TLSv1.3");
        assertThat(tls.toString()).as("no password in what may be logged").doesNotContain("secret");
    }

    @Test
    void aValueOutsideItsSettingsBoundsIsRefusedNamingThePropertyAndWhatItMustBe() {
        assertRefused(LinkSettings.SIDE_A_HOST, " ", "sideAHost (ctios.cti.side-a.host) must be a host name");
        assertRefused(LinkSettings.SIDE_B_PORT, "70000", "sideBPort (ctios.cti.side-b.port) must be a whole "
                + "number from 1 to 65535, was '70000'");
        assertRefused(LinkSettings.SERVICE_MASK, "ALL_EVENT", "(ALL_EVENT is none)");
        assertRefused(LinkSettings.HEARTBEAT_INTERVAL, "fast", "heartbeatInterval (ctios.cti.heartbeat-interval) "
                + "must be a duration such as PT2S, 200ms, 5s, 2m or 1h, above zero, was 'fast'");
        assertRefused(LinkSettings.OPEN_TIMEOUT, "0s", "openTimeout");
        assertRefused(LinkSettings.RECONNECT_JITTER, "1.5", "reconnectJitter");
        assertRefused(LinkSettings.PERIPHERAL_ID, "-1", "peripheralId");
        assertRefused(LinkSettings.RESYNC_WINDOW, "0", "resyncWindow");
        assertRefused(ConnectorSettings.AGENT_IDS, "2000-1000", "(2000-1000 is no range from low to high");
        assertRefused(ConnectorSettings.AGENT_IDS, "agent with spaces", "agentIds");
        assertRefused(DeliverySettings.WORKERS, "many", "deliveryWorkers");
        assertRefused(DeliverySettings.QUEUE_CAPACITY, "0", "deliveryQueueCapacity");
        assertRefused(DeliverySettings.BATCH_SIZE, "10001", "deliveryBatchSize");
        assertRefused(ConnectorSettings.CLUSTERED, "yes", "clustered (ctios.cluster.enabled) must be true or false");
        assertRefused(TlsSettings.ENABLED, "on", "tlsEnabled (ctios.cti.tls.enabled) must be true or false");
        values.put(TlsSettings.ENABLED, "true");
        assertRefused(TlsSettings.PROTOCOLS, "TLSv1.3,SSLv3", "tlsProtocols (ctios.cti.tls.protocols) must be "
                + "TLSv1.3 and TLSv1.2, or one of them, separated by commas (SSLv3 is none)");
        values.put(TlsSettings.ENABLED, "true");
        assertRefused(TlsSettings.TRUST_STORE_TYPE, "PEMISH", "tlsTrustStoreType");
    }

    @Test
    void theLongestReconnectDelayMayNotBeShorterThanTheFirst() {
        values.put(LinkSettings.RECONNECT_MAX_DELAY, "100ms");

        assertThatThrownBy(this::read).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("reconnectMaxDelay").hasMessageContaining("not below reconnectInitialDelay, 1s")
                .extracting(e -> ((InvalidSettingException) e).property()).isEqualTo("reconnectMaxDelay");
    }

    @Test
    void aReferenceWithoutValueOrDefaultNamesItsProperty() {
        assertThatThrownBy(() -> ConnectorSettings.read(setting -> {
            if (setting == LinkSettings.CLIENT_ID) {
                throw new IllegalArgumentException("'${ENV=CTI_CLIENT}' has no value and no default");
            }
            return setting.defaultValue();
        })).isInstanceOf(InvalidSettingException.class).hasMessage("clientId (ctios.cti.client-id) "
                + "'${ENV=CTI_CLIENT}' has no value and no default");
    }

    @Test
    void everySettingHasItsOwnPropertyAndKeyAndItsDefaultIsOneOfItsValues() {
        assertThat(ConnectorSettings.SETTINGS).hasSize(33);
        assertThat(ConnectorSettings.SETTINGS).extracting(Setting::property).doesNotHaveDuplicates();
        assertThat(ConnectorSettings.SETTINGS).extracting(Setting::configKey).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("ctios."));
        for (Setting<?> setting : ConnectorSettings.SETTINGS) {
            assertThat(setting.read(Setting::defaultValue)).as(setting.property()).isNotNull();
        }
    }

    /** The README's table is the settings' own description: a setting added or changed fails here until it is. */
    @Test
    void theReadmeListsEverySettingAsItIsDescribed() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = settingsTable();

        assertThat(readme).as("cti-connector-rar/README.md, under Configuration, should hold this table:%n%s",
                table).contains(table);
    }

    private static String settingsTable() {
        return "| Property | MicroProfile Config key | Default | Values | Meaning |\n"
                + "|---|---|---|---|---|\n"
                + ConnectorSettings.SETTINGS.stream().map(setting -> "| `" + setting.property() + "` | `"
                        + setting.configKey() + "` | " + (setting.defaultValue().isEmpty() ? "(empty)"
                        : "`" + setting.defaultValue() + "`") + " | " + setting.format().values() + " | "
                        + setting.meaning() + " |\n").collect(Collectors.joining());
    }

    /** Refused alone, or with what {@link #values} holds for the one call (TLS on, say). */
    private void assertRefused(Setting<?> setting, String value, String message) {
        values.put(setting, value);
        assertThatThrownBy(this::read).as(setting.property() + " = '" + value + "'")
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining(message)
                .extracting(e -> ((InvalidSettingException) e).property()).isEqualTo(setting.property());
        values.clear();
    }
}
