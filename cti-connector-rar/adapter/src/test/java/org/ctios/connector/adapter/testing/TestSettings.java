package org.ctios.connector.adapter.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ctios.connector.adapter.inbound.DeliverySettings;
import org.ctios.connector.adapter.link.Backoff;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.connector.adapter.link.SideAddress;
import org.ctios.connector.adapter.runtime.ConnectorSettings;
import org.ctios.connector.adapter.tls.TlsSettings;
import org.ctios.protocol.types.CtiService;
import org.ctios.simulator.scenario.Scenario;
import org.ctios.simulator.scenario.ScenarioLoader;

/** Link and connector settings for tests: short timeouts, loopback sides, adjustable where a test needs it. */
public final class TestSettings {

    public static final long MONITOR_MODE = CtiService.mask(CtiService.ALL_EVENTS, CtiService.CLIENT_CONTROL,
            CtiService.CALL_DATA_UPDATE);

    private Duration heartbeat = Duration.ofMillis(500);
    private Duration openTimeout = Duration.ofSeconds(2);
    private Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), 0);
    private Duration requestTimeout = Duration.ofSeconds(3);
    private Duration resyncTimeout = Duration.ofSeconds(30);
    private Set<String> agentIds = Set.of();
    private int workers = 4;
    private int queueCapacity = 1000;
    private int maxAttempts = 3;
    private int batchSize = 64;
    private boolean holdLinkOnStart = true;
    private Duration endpointWait = Duration.ofSeconds(30);
    private final List<SideAddress> sides = new ArrayList<>();
    private TlsSettings tls = TlsSettings.off();

    public static TestSettings sides(int... ports) {
        TestSettings settings = new TestSettings();
        String[] labels = {"A", "B"};
        for (int i = 0; i < ports.length; i++) {
            settings.sides.add(new SideAddress(labels[i], "127.0.0.1", ports[i]));
        }
        return settings;
    }

    public TestSettings heartbeat(Duration interval) {
        this.heartbeat = interval;
        return this;
    }

    public TestSettings backoff(Duration initial, Duration maximum) {
        this.backoff = new Backoff(initial, maximum, 0);
        return this;
    }

    public TestSettings requestTimeout(Duration timeout) {
        this.requestTimeout = timeout;
        return this;
    }

    public TestSettings agents(Set<String> ids) {
        this.agentIds = ids;
        return this;
    }

    public TestSettings delivery(int workerCount, int capacity, int attempts) {
        this.workers = workerCount;
        this.queueCapacity = capacity;
        this.maxAttempts = attempts;
        return this;
    }

    public TestSettings batchSize(int size) {
        this.batchSize = size;
        return this;
    }

    /** The connector waits for {@code holdLink()} before it opens the link, as in a cluster. */
    public TestSettings linkHeldOnRequest() {
        this.holdLinkOnStart = false;
        return this;
    }

    /** The link secured with TLS as these settings say. */
    public TestSettings tls(TlsSettings settings) {
        this.tls = settings;
        return this;
    }

    public TestSettings endpointWait(Duration limit) {
        this.endpointWait = limit;
        return this;
    }

    public LinkSettings link() {
        return new LinkSettings(sides, "adapter-test", "", MONITOR_MODE, heartbeat, openTimeout, backoff,
                requestTimeout, 5000, 32, resyncTimeout, tls);
    }

    public DeliverySettings delivery() {
        return new DeliverySettings(workers, queueCapacity, maxAttempts, endpointWait, 100, batchSize);
    }

    public ConnectorSettings connector() {
        return new ConnectorSettings(link(), delivery(), agentIds, holdLinkOnStart);
    }

    /** A scenario from the test resources. */
    public static Scenario scenario(String name) {
        try {
            return ScenarioLoader.load(Path.of(TestSettings.class.getResource("/scenarios/" + name + ".json")
                    .toURI()).toString());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("test scenario " + name + " is missing", e);
        }
    }
}
