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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import javax.transaction.xa.XAResource;
import org.ctios.connector.adapter.config.ConfigExpression;
import org.ctios.connector.adapter.config.PropertyValues;
import org.ctios.connector.adapter.link.Backoff;
import org.ctios.connector.adapter.link.LinkSettings;
import org.ctios.connector.adapter.link.SideAddress;
import org.ctios.connector.adapter.runtime.ConnectorSettings;
import org.ctios.connector.adapter.runtime.CtiConnector;

/**
 * The CTI connector as a JCA 2.1 resource adapter: one link to the CTI Server pair per adapter instance, whose
 * events go to every activated MDB, and whose control requests the outbound connection factory offers. The link and
 * the delivery workers run as Works of the container's WorkManager, scheduled at start, so deployment never waits for
 * the network.
 *
 * <p>Every property may hold {@code ${MPCONFIG=key:default}} and {@code ${ENV=NAME:default}} references; the adapter
 * resolves them itself when it starts, as Payara does not in a resource adapter's properties.
 *
 * <p>Each property's default is written once, as its field's initial value: for a field's {@code @ConfigProperty}
 * without {@code defaultValue} the container infers the default (Payara reads the getter of a new instance), so the
 * deployment descriptor it builds is the same as with the value repeated in the annotation; and were it not, the
 * container would set nothing and the field's value would stand.
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

    @ConfigProperty(description = "Host of CTI Server side A.")
    private String sideAHost = "${MPCONFIG=ctios.cti.side-a.host:127.0.0.1}";

    @ConfigProperty(description = "TCP port of CTI Server side A.")
    private String sideAPort = "${MPCONFIG=ctios.cti.side-a.port:42027}";

    @ConfigProperty(description = "Host of CTI Server side B; empty for a simplex CTI Server (side A only).")
    private String sideBHost = "${MPCONFIG=ctios.cti.side-b.host:127.0.0.1}";

    @ConfigProperty(description = "TCP port of CTI Server side B.")
    private String sideBPort = "${MPCONFIG=ctios.cti.side-b.port:43027}";

    @ConfigProperty(description = "ClientID sent in OPEN_REQ.")
    private String clientId = "${MPCONFIG=ctios.cti.client-id:ctios}";

    @ConfigProperty(description = "ClientPassword sent in OPEN_REQ (may be empty).")
    private String clientPassword = "${MPCONFIG=ctios.cti.client-password:}";

    @ConfigProperty(description = "CTI services asked for in OPEN_REQ: names separated by commas, or the mask as a "
            + "number. ALL_EVENTS is monitor mode: every agent and call.")
    private String serviceMask = "${MPCONFIG=ctios.cti.service-mask:ALL_EVENTS,CLIENT_CONTROL,CALL_DATA_UPDATE}";

    @ConfigProperty(description = "Time between heartbeats (500ms, 5s, 1m); three unanswered in a row mean the link "
            + "is lost.")
    private String heartbeatInterval = "${MPCONFIG=ctios.cti.heartbeat-interval:5s}";

    @ConfigProperty(description = "Longest wait for the TCP connection and for OPEN_CONF.")
    private String openTimeout = "${MPCONFIG=ctios.cti.open-timeout:10s}";

    @ConfigProperty(description = "Delay before the first retry once both sides failed; doubles with each further "
            + "retry.")
    private String reconnectInitialDelay = "${MPCONFIG=ctios.cti.reconnect.initial-delay:1s}";

    @ConfigProperty(description = "Longest delay between two connection attempts.")
    private String reconnectMaxDelay = "${MPCONFIG=ctios.cti.reconnect.max-delay:30s}";

    @ConfigProperty(description = "Spread of each reconnect delay, as a fraction (0.2 = plus or minus 20 %).")
    private String reconnectJitter = "${MPCONFIG=ctios.cti.reconnect.jitter:0.2}";

    @ConfigProperty(description = "Longest wait for the confirmation of a control request, including the wait for an "
            + "earlier request on the same call or agent.")
    private String requestTimeout = "${MPCONFIG=ctios.cti.request-timeout:5s}";

    @ConfigProperty(description = "PeripheralID of the agent peripheral (ACD) that control requests name.")
    private String peripheralId = "${MPCONFIG=ctios.cti.peripheral-id:5000}";

    @ConfigProperty(description = "Agents to read when resynchronising after a (re)connection, besides those the "
            + "events and the application name: ids and ranges separated by commas (1001-1050,2001).")
    private String agentIds = "${MPCONFIG=ctios.cti.agent-ids:}";

    @ConfigProperty(description = "Snapshot requests in flight at once while resynchronising.")
    private String resyncWindow = "${MPCONFIG=ctios.cti.resync.window:32}";

    @ConfigProperty(description = "Longest a resynchronisation may take before it is reported incomplete.")
    private String resyncTimeout = "${MPCONFIG=ctios.cti.resync.timeout:2m}";

    @ConfigProperty(description = "Events of different agents and calls delivered to MDBs in parallel: a number, or "
            + "auto for half the processors (at least one).")
    private String deliveryWorkers = "${MPCONFIG=ctios.cti.delivery.workers:auto}";

    @ConfigProperty(description = "Events waiting per delivery worker; when one is full the link stops reading "
            + "(back-pressure).")
    private String deliveryQueueCapacity = "${MPCONFIG=ctios.cti.delivery.queue-capacity:10000}";

    @ConfigProperty(description = "Deliveries of one event to one MDB before it becomes a dead letter.")
    private String deliveryMaxAttempts = "${MPCONFIG=ctios.cti.delivery.max-attempts:3}";

    @ConfigProperty(description = "Longest wait for a free MDB instance when the pool is exhausted; the link stops "
            + "reading meanwhile.")
    private String endpointWaitLimit = "${MPCONFIG=ctios.cti.delivery.endpoint-wait-limit:1m}";

    @ConfigProperty(description = "Dead letters kept for inspection (every one is also logged).")
    private String deadLetterCapacity = "${MPCONFIG=ctios.cti.delivery.dead-letters:1000}";

    @ConfigProperty(description = "Most queued events handed at once, in one transaction, to an MDB that takes batches "
            + "(CtiEventBatchListener).")
    private String deliveryBatchSize = "${MPCONFIG=ctios.cti.delivery.batch-size:256}";

    @ConfigProperty(description = "true in a cluster of servers: the link opens only when the application elects this "
            + "server to hold it (CtiConnection.holdLink()), so that one server of the cluster holds it.")
    private String clustered = "${MPCONFIG=ctios.cluster.enabled:false}";

    private transient volatile CtiConnector connector;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        ConnectorSettings settings = settings(ConfigExpression.fromRuntime(getClass().getClassLoader()));
        LOG.info("CTI connector starting: CTI Server " + settings.link().sides() + ", peripheral "
                + settings.link().peripheralId() + ", " + settings.agentIds().size() + " agents configured");
        CtiConnector started = new CtiConnector(settings, new WorkManagerScheduler(context),
                SocketFactory.getDefault(), Clock.systemUTC());
        try {
            started.start();
        } catch (IllegalStateException e) {
            throw new ResourceAdapterInternalException("the CTI connector could not start: " + e.getMessage(), e);
        }
        connector = started;
    }

    /** The settings these properties give, with every reference resolved. */
    ConnectorSettings settings(ConfigExpression config) throws ResourceAdapterInternalException {
        try {
            List<SideAddress> sides = new ArrayList<>();
            sides.add(new SideAddress("A", required(config, "sideAHost", sideAHost),
                    PropertyValues.integer("sideAPort", config.resolve(sideAPort), 1, 65535)));
            String sideB = config.resolve(sideBHost).trim();
            if (!sideB.isEmpty()) {
                sides.add(new SideAddress("B", sideB, PropertyValues.integer("sideBPort", config.resolve(sideBPort),
                        1, 65535)));
            }
            Backoff backoff = new Backoff(duration(config, "reconnectInitialDelay", reconnectInitialDelay),
                    duration(config, "reconnectMaxDelay", reconnectMaxDelay),
                    PropertyValues.fraction("reconnectJitter", config.resolve(reconnectJitter)));
            LinkSettings link = new LinkSettings(sides, required(config, "clientId", clientId),
                    config.resolve(clientPassword),
                    PropertyValues.serviceMask("serviceMask", config.resolve(serviceMask)),
                    duration(config, "heartbeatInterval", heartbeatInterval),
                    duration(config, "openTimeout", openTimeout), backoff,
                    duration(config, "requestTimeout", requestTimeout),
                    PropertyValues.unsignedInt("peripheralId", config.resolve(peripheralId)),
                    PropertyValues.integer("resyncWindow", config.resolve(resyncWindow), 1, 1000),
                    duration(config, "resyncTimeout", resyncTimeout));
            return new ConnectorSettings(link, PropertyValues.agentIds("agentIds", config.resolve(agentIds)),
                    PropertyValues.workers("deliveryWorkers", config.resolve(deliveryWorkers),
                            Runtime.getRuntime().availableProcessors(), 256),
                    PropertyValues.integer("deliveryQueueCapacity", config.resolve(deliveryQueueCapacity), 1,
                            1_000_000),
                    PropertyValues.integer("deliveryMaxAttempts", config.resolve(deliveryMaxAttempts), 1, 100),
                    duration(config, "endpointWaitLimit", endpointWaitLimit),
                    PropertyValues.integer("deadLetterCapacity", config.resolve(deadLetterCapacity), 1, 1_000_000),
                    PropertyValues.integer("deliveryBatchSize", config.resolve(deliveryBatchSize), 1, 10_000),
                    !PropertyValues.bool("clustered", config.resolve(clustered)));
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("invalid CTI connector configuration: " + e.getMessage(), e);
        }
    }

    private static String required(ConfigExpression config, String property, String value) {
        String resolved = config.resolve(value).trim();
        if (resolved.isEmpty()) {
            throw new IllegalArgumentException(property + " must not be empty");
        }
        return resolved;
    }

    private static Duration duration(ConfigExpression config, String property, String value) {
        return PropertyValues.duration(property, config.resolve(value));
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
        try {
            running.activate(factory);
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
