package org.ctios.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import javax.transaction.xa.XAResource;
import org.ctios.connector.adapter.config.ConfigExpression;
import org.ctios.connector.adapter.config.InvalidSettingException;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.inbound.DeliverySettings;
import org.ctios.connector.adapter.inbound.EventFilter;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.connector.adapter.runtime.ConnectorSettings;
import org.ctios.connector.adapter.inbound.DeliveryOutcomes;
import org.ctios.connector.adapter.runtime.CtiConnector;
import org.ctios.connector.adapter.tls.TlsSettings;

/**
 * The CTI connector as a JCA 2.1 resource adapter: one link to the CTI Server pair per adapter instance, whose
 * events go to every activated MDB, and whose control requests the outbound connection factory offers. The link and
 * the delivery workers run as Works of the container's WorkManager, scheduled at start, so deployment never waits for
 * the network.
 *
 * <p>Its properties are the connector's settings, each described once, with its default, its values and its
 * meaning, where its value is kept ({@link LinkSettings}, {@link DeliverySettings}, {@link ConnectorSettings}). Each
 * starts as {@link Setting#reference()}, {@code ${MPCONFIG=key:default}}: the container infers that as the default
 * (Payara reads the getter of a new instance), a deployment may set the property or, more simply, the key. The
 * adapter resolves the references itself when it starts, as Payara does not in a resource adapter's properties, and
 * reads every setting once, failing the start with the property's name when one is wrong.
 */
@Connector(
        displayName = "CTI OS CTI Server connector",
        description = "Keeps the CTI Server (GED-188) link, delivers its events to message-driven beans and "
                + "sends agent and call control requests.",
        vendorName = "CTI OS",
        eisType = "Cisco CTI Server (GED-188)",
        version = "0.1",
        transactionSupport = TransactionSupportLevel.NoTransaction)
public class CtiResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(CtiResourceAdapter.class.getName());
    /**
     * Bound on stop() (the link and every delivery worker together) and on each endpoint deactivation: a worker
     * inside an MDB's delivery is waited for up to then, never interrupted.
     */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    @ConfigProperty
    private String sideAHost = LinkSettings.SIDE_A_HOST.reference();

    @ConfigProperty
    private String sideAPort = LinkSettings.SIDE_A_PORT.reference();

    @ConfigProperty
    private String sideBHost = LinkSettings.SIDE_B_HOST.reference();

    @ConfigProperty
    private String sideBPort = LinkSettings.SIDE_B_PORT.reference();

    @ConfigProperty
    private String clientId = LinkSettings.CLIENT_ID.reference();

    @ConfigProperty
    private String clientPassword = LinkSettings.CLIENT_PASSWORD.reference();

    @ConfigProperty
    private String serviceMask = LinkSettings.SERVICE_MASK.reference();

    @ConfigProperty
    private String heartbeatInterval = LinkSettings.HEARTBEAT_INTERVAL.reference();

    @ConfigProperty
    private String openTimeout = LinkSettings.OPEN_TIMEOUT.reference();

    @ConfigProperty
    private String reconnectInitialDelay = LinkSettings.RECONNECT_INITIAL_DELAY.reference();

    @ConfigProperty
    private String reconnectMaxDelay = LinkSettings.RECONNECT_MAX_DELAY.reference();

    @ConfigProperty
    private String reconnectJitter = LinkSettings.RECONNECT_JITTER.reference();

    @ConfigProperty
    private String requestTimeout = LinkSettings.REQUEST_TIMEOUT.reference();

    @ConfigProperty
    private String peripheralId = LinkSettings.PERIPHERAL_ID.reference();

    @ConfigProperty
    private String tlsEnabled = TlsSettings.ENABLED.reference();

    @ConfigProperty
    private String tlsTrustStore = TlsSettings.TRUST_STORE.reference();

    @ConfigProperty
    private String tlsTrustStoreType = TlsSettings.TRUST_STORE_TYPE.reference();

    @ConfigProperty
    private String tlsTrustStorePassword = TlsSettings.TRUST_STORE_PASSWORD.reference();

    @ConfigProperty
    private String tlsKeyStore = TlsSettings.KEY_STORE.reference();

    @ConfigProperty
    private String tlsKeyStoreType = TlsSettings.KEY_STORE_TYPE.reference();

    @ConfigProperty
    private String tlsKeyStorePassword = TlsSettings.KEY_STORE_PASSWORD.reference();

    @ConfigProperty
    private String tlsVerifyHostName = TlsSettings.VERIFY_HOST_NAME.reference();

    @ConfigProperty
    private String tlsProtocols = TlsSettings.PROTOCOLS.reference();

    @ConfigProperty
    private String agentIds = ConnectorSettings.AGENT_IDS.reference();

    @ConfigProperty
    private String resyncWindow = LinkSettings.RESYNC_WINDOW.reference();

    @ConfigProperty
    private String resyncTimeout = LinkSettings.RESYNC_TIMEOUT.reference();

    @ConfigProperty
    private String deliveryWorkers = DeliverySettings.WORKERS.reference();

    @ConfigProperty
    private String deliveryQueueCapacity = DeliverySettings.QUEUE_CAPACITY.reference();

    @ConfigProperty
    private String deliveryMaxAttempts = DeliverySettings.MAX_ATTEMPTS.reference();

    @ConfigProperty
    private String endpointWaitLimit = DeliverySettings.ENDPOINT_WAIT_LIMIT.reference();

    @ConfigProperty
    private String deadLetterCapacity = DeliverySettings.DEAD_LETTER_CAPACITY.reference();

    @ConfigProperty
    private String deliveryBatchSize = DeliverySettings.BATCH_SIZE.reference();

    @ConfigProperty
    private String clustered = ConnectorSettings.CLUSTERED.reference();

    private transient volatile CtiConnector connector;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        ConnectorSettings settings = settings(ConfigExpression.fromRuntime(getClass().getClassLoader()));
        LOG.info("CTI connector starting: CTI Server " + settings.link().sides()
                + (settings.link().tls().enabled() ? " over TLS" : " over plain TCP") + ", peripheral "
                + settings.link().peripheralId() + ", " + settings.agentIds().size() + " agents configured");
        CtiConnector started;
        try {
            started = new CtiConnector(settings, new WorkManagerScheduler(context), SocketFactory.getDefault(),
                    Clock.systemUTC(), deliveryOutcomes(context));
        } catch (IllegalArgumentException e) {
            // A TLS store that cannot be read or opened: as wrong as any other setting.
            throw new ResourceAdapterInternalException("invalid CTI connector configuration: " + e.getMessage(), e);
        }
        try {
            started.start();
        } catch (IllegalStateException e) {
            throw new ResourceAdapterInternalException("the CTI connector could not start: " + e.getMessage(), e);
        }
        connector = started;
    }

    /** Through the container's transaction registry, where it offers one (JCA 1.6 and later). */
    private static DeliveryOutcomes deliveryOutcomes(BootstrapContext context) {
        TransactionSynchronizationRegistry registry = context.getTransactionSynchronizationRegistry();
        if (registry == null) {
            LOG.warning("the container offers no transaction registry: a delivery whose transaction rolls back as the"
                    + " container ends it cannot be told from one that committed, and is not retried");
            return DeliveryOutcomes.UNWATCHED;
        }
        return new TransactionRegistryOutcomes(registry);
    }

    /**
     * The settings these properties give, with every reference resolved.
     *
     * @throws ResourceAdapterInternalException whose cause, an {@link InvalidSettingException}, names the property
     *                                          that is wrong and what it must be
     */
    ConnectorSettings settings(ConfigExpression config) throws ResourceAdapterInternalException {
        Map<Setting<?>, String> properties = properties();
        try {
            return ConnectorSettings.read(setting -> config.resolve(properties.get(setting)));
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("invalid CTI connector configuration: " + e.getMessage(), e);
        }
    }

    /** Each setting's property as the container set it. */
    private Map<Setting<?>, String> properties() {
        Map<Setting<?>, String> properties = new HashMap<>();
        properties.put(LinkSettings.SIDE_A_HOST, sideAHost);
        properties.put(LinkSettings.SIDE_A_PORT, sideAPort);
        properties.put(LinkSettings.SIDE_B_HOST, sideBHost);
        properties.put(LinkSettings.SIDE_B_PORT, sideBPort);
        properties.put(LinkSettings.CLIENT_ID, clientId);
        properties.put(LinkSettings.CLIENT_PASSWORD, clientPassword);
        properties.put(LinkSettings.SERVICE_MASK, serviceMask);
        properties.put(LinkSettings.HEARTBEAT_INTERVAL, heartbeatInterval);
        properties.put(LinkSettings.OPEN_TIMEOUT, openTimeout);
        properties.put(LinkSettings.RECONNECT_INITIAL_DELAY, reconnectInitialDelay);
        properties.put(LinkSettings.RECONNECT_MAX_DELAY, reconnectMaxDelay);
        properties.put(LinkSettings.RECONNECT_JITTER, reconnectJitter);
        properties.put(LinkSettings.REQUEST_TIMEOUT, requestTimeout);
        properties.put(LinkSettings.PERIPHERAL_ID, peripheralId);
        properties.put(TlsSettings.ENABLED, tlsEnabled);
        properties.put(TlsSettings.TRUST_STORE, tlsTrustStore);
        properties.put(TlsSettings.TRUST_STORE_TYPE, tlsTrustStoreType);
        properties.put(TlsSettings.TRUST_STORE_PASSWORD, tlsTrustStorePassword);
        properties.put(TlsSettings.KEY_STORE, tlsKeyStore);
        properties.put(TlsSettings.KEY_STORE_TYPE, tlsKeyStoreType);
        properties.put(TlsSettings.KEY_STORE_PASSWORD, tlsKeyStorePassword);
        properties.put(TlsSettings.VERIFY_HOST_NAME, tlsVerifyHostName);
        properties.put(TlsSettings.PROTOCOLS, tlsProtocols);
        properties.put(ConnectorSettings.AGENT_IDS, agentIds);
        properties.put(LinkSettings.RESYNC_WINDOW, resyncWindow);
        properties.put(LinkSettings.RESYNC_TIMEOUT, resyncTimeout);
        properties.put(DeliverySettings.WORKERS, deliveryWorkers);
        properties.put(DeliverySettings.QUEUE_CAPACITY, deliveryQueueCapacity);
        properties.put(DeliverySettings.MAX_ATTEMPTS, deliveryMaxAttempts);
        properties.put(DeliverySettings.ENDPOINT_WAIT_LIMIT, endpointWaitLimit);
        properties.put(DeliverySettings.DEAD_LETTER_CAPACITY, deadLetterCapacity);
        properties.put(DeliverySettings.BATCH_SIZE, deliveryBatchSize);
        properties.put(ConnectorSettings.CLUSTERED, clustered);
        return properties;
    }

    /** The running connector, or {@code null} when the adapter is not started. */
    public CtiConnector connector() {
        return connector;
    }

    @Override
    public void stop() {
        CtiConnector running = connector;
        connector = null;
        if (running == null) {
            return;
        }
        try {
            if (!running.stop(STOP_TIMEOUT)) {
                LOG.warning("CTI connector did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("CTI connector stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        CtiConnector running = connector;
        if (running == null) {
            throw new ResourceException("the CTI connector is not started");
        }
        // A wrong filter property fails the activation, naming the property (the container may not call validate()).
        EventFilter filter = spec instanceof CtiActivationSpec cti ? cti.filter() : EventFilter.EVERY_EVENT;
        try {
            running.activate(factory, filter);
        } catch (IllegalStateException e) {
            throw new ResourceException("CTI events cannot be delivered to " + factory.getActivationName() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        CtiConnector running = connector;
        if (running == null) {
            return;
        }
        try {
            running.deactivate(factory, STOP_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
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

    public String getSideBHost() {
        return sideBHost;
    }

    public void setSideBHost(String sideBHost) {
        this.sideBHost = sideBHost;
    }

    public String getSideBPort() {
        return sideBPort;
    }

    public void setSideBPort(String sideBPort) {
        this.sideBPort = sideBPort;
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

    public String getServiceMask() {
        return serviceMask;
    }

    public void setServiceMask(String serviceMask) {
        this.serviceMask = serviceMask;
    }

    public String getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(String heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public String getOpenTimeout() {
        return openTimeout;
    }

    public void setOpenTimeout(String openTimeout) {
        this.openTimeout = openTimeout;
    }

    public String getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public void setReconnectInitialDelay(String reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public String getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(String reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public String getReconnectJitter() {
        return reconnectJitter;
    }

    public void setReconnectJitter(String reconnectJitter) {
        this.reconnectJitter = reconnectJitter;
    }

    public String getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(String requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getPeripheralId() {
        return peripheralId;
    }

    public void setPeripheralId(String peripheralId) {
        this.peripheralId = peripheralId;
    }

    public String getTlsEnabled() {
        return tlsEnabled;
    }

    public void setTlsEnabled(String tlsEnabled) {
        this.tlsEnabled = tlsEnabled;
    }

    public String getTlsTrustStore() {
        return tlsTrustStore;
    }

    public void setTlsTrustStore(String tlsTrustStore) {
        this.tlsTrustStore = tlsTrustStore;
    }

    public String getTlsTrustStoreType() {
        return tlsTrustStoreType;
    }

    public void setTlsTrustStoreType(String tlsTrustStoreType) {
        this.tlsTrustStoreType = tlsTrustStoreType;
    }

    public String getTlsTrustStorePassword() {
        return tlsTrustStorePassword;
    }

    public void setTlsTrustStorePassword(String tlsTrustStorePassword) {
        this.tlsTrustStorePassword = tlsTrustStorePassword;
    }

    public String getTlsKeyStore() {
        return tlsKeyStore;
    }

    public void setTlsKeyStore(String tlsKeyStore) {
        this.tlsKeyStore = tlsKeyStore;
    }

    public String getTlsKeyStoreType() {
        return tlsKeyStoreType;
    }

    public void setTlsKeyStoreType(String tlsKeyStoreType) {
        this.tlsKeyStoreType = tlsKeyStoreType;
    }

    public String getTlsKeyStorePassword() {
        return tlsKeyStorePassword;
    }

    public void setTlsKeyStorePassword(String tlsKeyStorePassword) {
        this.tlsKeyStorePassword = tlsKeyStorePassword;
    }

    public String getTlsVerifyHostName() {
        return tlsVerifyHostName;
    }

    public void setTlsVerifyHostName(String tlsVerifyHostName) {
        this.tlsVerifyHostName = tlsVerifyHostName;
    }

    public String getTlsProtocols() {
        return tlsProtocols;
    }

    public void setTlsProtocols(String tlsProtocols) {
        this.tlsProtocols = tlsProtocols;
    }

    public String getAgentIds() {
        return agentIds;
    }

    public void setAgentIds(String agentIds) {
        this.agentIds = agentIds;
    }

    public String getResyncWindow() {
        return resyncWindow;
    }

    public void setResyncWindow(String resyncWindow) {
        this.resyncWindow = resyncWindow;
    }

    public String getResyncTimeout() {
        return resyncTimeout;
    }

    public void setResyncTimeout(String resyncTimeout) {
        this.resyncTimeout = resyncTimeout;
    }

    public String getDeliveryWorkers() {
        return deliveryWorkers;
    }

    public void setDeliveryWorkers(String deliveryWorkers) {
        this.deliveryWorkers = deliveryWorkers;
    }

    public String getDeliveryQueueCapacity() {
        return deliveryQueueCapacity;
    }

    public void setDeliveryQueueCapacity(String deliveryQueueCapacity) {
        this.deliveryQueueCapacity = deliveryQueueCapacity;
    }

    public String getDeliveryMaxAttempts() {
        return deliveryMaxAttempts;
    }

    public void setDeliveryMaxAttempts(String deliveryMaxAttempts) {
        this.deliveryMaxAttempts = deliveryMaxAttempts;
    }

    public String getEndpointWaitLimit() {
        return endpointWaitLimit;
    }

    public void setEndpointWaitLimit(String endpointWaitLimit) {
        this.endpointWaitLimit = endpointWaitLimit;
    }

    public String getDeadLetterCapacity() {
        return deadLetterCapacity;
    }

    public void setDeadLetterCapacity(String deadLetterCapacity) {
        this.deadLetterCapacity = deadLetterCapacity;
    }

    public String getDeliveryBatchSize() {
        return deliveryBatchSize;
    }

    public void setDeliveryBatchSize(String deliveryBatchSize) {
        this.deliveryBatchSize = deliveryBatchSize;
    }

    public String getClustered() {
        return clustered;
    }

    public void setClustered(String clustered) {
        this.clustered = clustered;
    }

    // A resource adapter is a JavaBean whose identity is its instance (JCA 5.3.1).

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
