package org.ctios.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import javax.transaction.xa.XAResource;
import org.ctios.connector.adapter.config.ConfigExpression;
import org.ctios.connector.adapter.inbound.EndpointRegistry;
import org.ctios.connector.adapter.inbound.EventTranslator;
import org.ctios.connector.adapter.link.CtiLink;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.types.CtiService;

/**
 * The CTI connector: one link to the CTI Server per adapter instance, whose events go to every activated MDB.
 * The link runs as one long-running Work scheduled at start, so deployment never waits for the network.
 */
@Connector(
        displayName = "CTI OS CTI Server connector",
        description = "Keeps the CTI Server (GED-188) link and delivers its events to message-driven beans.",
        vendorName = "CTI OS",
        eisType = "Cisco CTI Server (GED-188)",
        version = "0.1",
        transactionSupport = TransactionSupportLevel.NoTransaction)
public class CtiResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(CtiResourceAdapter.class.getName());
    private static final long STOP_TIMEOUT_SECONDS = 10;

    // Each property may hold ${MPCONFIG=key:default} or ${ENV=NAME:default} references, resolved at start.

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.side-a.host:127.0.0.1}",
            description = "Host of CTI Server side A.")
    private String sideAHost = "${MPCONFIG=ctios.cti.side-a.host:127.0.0.1}";

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.side-a.port:42027}",
            description = "TCP port of CTI Server side A.")
    private String sideAPort = "${MPCONFIG=ctios.cti.side-a.port:42027}";

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.client-id:ctios}",
            description = "ClientID sent in OPEN_REQ.")
    private String clientId = "${MPCONFIG=ctios.cti.client-id:ctios}";

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.client-password:}",
            description = "ClientPassword sent in OPEN_REQ (may be empty).")
    private String clientPassword = "${MPCONFIG=ctios.cti.client-password:}";

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.heartbeat-seconds:5}",
            description = "Seconds between heartbeats; three unanswered mean the link is lost.")
    private String heartbeatIntervalSeconds = "${MPCONFIG=ctios.cti.heartbeat-seconds:5}";

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.open-timeout-seconds:10}",
            description = "Seconds to wait for the TCP connection and for OPEN_CONF.")
    private String openTimeoutSeconds = "${MPCONFIG=ctios.cti.open-timeout-seconds:10}";

    @ConfigProperty(defaultValue = "${MPCONFIG=ctios.cti.reconnect-delay-millis:1000}",
            description = "Milliseconds to wait before connecting again after the link was lost.")
    private String reconnectDelayMillis = "${MPCONFIG=ctios.cti.reconnect-delay-millis:1000}";

    private final EndpointRegistry endpoints = new EndpointRegistry();
    private transient CtiLink link;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        LinkSettings settings = linkSettings();
        LOG.info("CTI connector starting: CTI Server side A " + settings.host() + ":" + settings.port());
        EventTranslator translator = new EventTranslator(Clock.systemUTC());
        link = new CtiLink(settings, SocketFactory.getDefault(), Clock.systemUTC(),
                message -> deliver(translator, message));
        try {
            context.getWorkManager().scheduleWork(new LinkWork(link));
        } catch (WorkException e) {
            throw new ResourceAdapterInternalException("could not schedule the CTI link", e);
        }
    }

    private void deliver(EventTranslator translator, CtiMessage message) {
        translator.translate(message).ifPresent(endpoints::deliver);
    }

    LinkSettings linkSettings() throws ResourceAdapterInternalException {
        ConfigExpression config = ConfigExpression.fromRuntime(getClass().getClassLoader());
        try {
            return new LinkSettings(config.resolve(sideAHost).trim(), parseInt(config, sideAPort),
                    config.resolve(clientId), config.resolve(clientPassword), CtiService.mask(CtiService.ALL_EVENTS),
                    Duration.ofSeconds(parseInt(config, heartbeatIntervalSeconds)),
                    Duration.ofSeconds(parseInt(config, openTimeoutSeconds)),
                    Duration.ofMillis(parseInt(config, reconnectDelayMillis)));
        } catch (RuntimeException e) {
            throw new ResourceAdapterInternalException("invalid CTI connector configuration: " + e.getMessage(), e);
        }
    }

    private static int parseInt(ConfigExpression config, String property) {
        String value = config.resolve(property).trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' (from '" + property + "') is not a number", e);
        }
    }

    @Override
    public void stop() {
        if (link == null) {
            return;
        }
        try {
            if (!link.stop(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("CTI link did not stop within " + STOP_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("CTI connector stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        endpoints.add(factory);
        LOG.info("CTI events now delivered to " + factory.getActivationName());
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        endpoints.remove(factory);
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** The link's whole life as one Work; releasing it stops the link. */
    private static final class LinkWork implements Work {
        private final CtiLink link;

        LinkWork(CtiLink link) {
            this.link = link;
        }

        @Override
        public void run() {
            try {
                link.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "CTI link ended unexpectedly", e);
            }
        }

        @Override
        public void release() {
            try {
                link.stop(0, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // JavaBean accessors: the container sets the @ConfigProperty values through them.

    public String getSideAHost() {
        return sideAHost;
    }

    public void setSideAHost(String sideAHost) {
        this.sideAHost = sideAHost;
    }

    public String getSideAPort() {
        return sideAPort;
    }

    public void setSideAPort(String sideAPort) {
        this.sideAPort = sideAPort;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientPassword() {
        return clientPassword;
    }

    public void setClientPassword(String clientPassword) {
        this.clientPassword = clientPassword;
    }

    public String getHeartbeatIntervalSeconds() {
        return heartbeatIntervalSeconds;
    }

    public void setHeartbeatIntervalSeconds(String heartbeatIntervalSeconds) {
        this.heartbeatIntervalSeconds = heartbeatIntervalSeconds;
    }

    public String getOpenTimeoutSeconds() {
        return openTimeoutSeconds;
    }

    public void setOpenTimeoutSeconds(String openTimeoutSeconds) {
        this.openTimeoutSeconds = openTimeoutSeconds;
    }

    public String getReconnectDelayMillis() {
        return reconnectDelayMillis;
    }

    public void setReconnectDelayMillis(String reconnectDelayMillis) {
        this.reconnectDelayMillis = reconnectDelayMillis;
    }

    // A resource adapter is a JavaBean identified by its configuration (JCA 5.3.1).

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
