package org.ctios.connector.adapter.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ManagedConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ctios.connector.adapter.CtiResourceAdapter;
import org.ctios.connector.adapter.testing.RecordingEndpoints;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.ThreadBootstrapContext;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.CtiConnectionFactory;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.CtiRequestRefusedException;
import org.ctios.connector.api.RecordingSession;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.CallView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JCA side of the outbound factory, driven as a container drives it: the resource adapter started with a
 * bootstrap context, managed connections with event listeners, handles closed and invalidated.
 */
class OutboundConnectionTest {

    private final ThreadBootstrapContext bootstrap = new ThreadBootstrapContext();
    private final CtiResourceAdapter adapter = new CtiResourceAdapter();
    private final CtiManagedConnectionFactory managedFactory = new CtiManagedConnectionFactory();
    private final List<ConnectionEvent> poolEvents = new CopyOnWriteArrayList<>();
    private PbxSimulator simulator;

    private final ConnectionEventListener pool = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            poolEvents.add(event);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            poolEvents.add(event);
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
        }
    };

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(TestSettings.scenario("desk-only")));
        adapter.setSideAPort(String.valueOf(simulator.sideAPort()));
        adapter.setSideBPort(String.valueOf(simulator.sideBPort()));
        adapter.setReconnectInitialDelay("100ms");
        adapter.start(bootstrap);
        managedFactory.setResourceAdapter(adapter);
        await().atMost(Duration.ofSeconds(10)).until(() -> adapter.connector().status().connected());
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        simulator.close();
        await("the adapter's works ended").atMost(Duration.ofSeconds(2)).until(() -> bootstrap.runningWorks() == 0);
    }

    @Test
    void theFactoryHandsOutConnectionsThatControlAgents() {
        CtiConnectionFactory factory = (CtiConnectionFactory) managedFactory.createConnectionFactory();

        try (CtiConnection connection = factory.getConnection()) {
            connection.login("1001", "2001", "1001");
            connection.setAgentState("1001", "2001", AgentState.AVAILABLE, 0);
            assertThat(connection.queryAgentState("1001").state()).isEqualTo(AgentState.AVAILABLE);
            assertThat(connection.linkStatus().connected()).isTrue();
        }
        assertThat(factory.linkStatus().side()).isEqualTo("A");
    }

    @Test
    void theConnectionsOfferTheCallFeaturesAndCompoundControls() {
        CtiConnectionFactory factory = (CtiConnectionFactory) managedFactory.createConnectionFactory();

        try (CtiConnection connection = factory.getConnection()) {
            connection.login("1001", "2001", "1001");
            connection.setAgentState("1001", "2001", AgentState.AVAILABLE, 0);
            long callId = simulator.injectCall(1, "0612345678", "7001", CallVariables.none(), List.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> switchCall(callId).connectionOf("2001").isPresent());
            connection.answer(callId, "2001");

            connection.sendDtmf(callId, "2001", "123#");
            RecordingSession recording = connection.startRecording(callId, "2001");
            assertThat(switchCall(callId).recorded()).isTrue();
            connection.stopRecording(recording);
            connection.reportBadCall(callId, "2001");
            assertThat(switchCall(callId).dtmfDigits()).isEqualTo("123#");
            assertThat(switchCall(callId).recorded()).isFalse();
            assertThatThrownBy(() -> connection.alternate(callId, callId, "2001"))
                    .isInstanceOf(CtiRequestRefusedException.class);
            assertThatThrownBy(() -> connection.reconnect(callId, callId, "2001"))
                    .isInstanceOf(CtiRequestRefusedException.class);
            assertThatThrownBy(() -> connection.deflect(callId, "2001", "2002"))
                    .isInstanceOf(CtiRequestRefusedException.class);

            connection.clearCall(callId, "2001");
            assertThat(simulator.calls()).isEmpty();
        }
    }

    private CallView switchCall(long callId) {
        return simulator.calls().stream().filter(c -> c.callId() == callId).findFirst().orElseThrow();
    }

    @Test
    void closingAHandleTellsThePoolAndTheHandleIsThenUnusable() throws Exception {
        ManagedConnection managed = managedFactory.createManagedConnection(null, null);
        managed.addConnectionEventListener(pool);
        CtiConnection handle = (CtiConnection) managed.getConnection(null, null);

        handle.close();

        assertThat(poolEvents).singleElement().satisfies(event -> {
            assertThat(event.getId()).isEqualTo(ConnectionEvent.CONNECTION_CLOSED);
            assertThat(event.getConnectionHandle()).isSameAs(handle);
        });
        assertThatThrownBy(() -> handle.queryAgentState("1001")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRequestThatFindsTheLinkDownTellsThePoolToDropTheConnection() throws Exception {
        ManagedConnection managed = managedFactory.createManagedConnection(null, null);
        managed.addConnectionEventListener(pool);
        CtiConnection handle = (CtiConnection) managed.getConnection(null, null);
        simulator.failSide("A");
        simulator.failSide("B");
        await().atMost(Duration.ofSeconds(10)).until(() -> !adapter.connector().status().connected());

        assertThatThrownBy(() -> handle.login("1001", "2001", "1001")).isInstanceOf(CtiLinkDownException.class);

        assertThat(poolEvents).singleElement().satisfies(event -> {
            assertThat(event.getId()).isEqualTo(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
            assertThat(event.getException()).isInstanceOf(CtiLinkDownException.class);
        });
    }

    @Test
    void cleanupInvalidatesTheHandlesTheApplicationForgotToClose() throws Exception {
        ManagedConnection managed = managedFactory.createManagedConnection(null, null);
        CtiConnection forgotten = (CtiConnection) managed.getConnection(null, null);

        managed.cleanup();

        assertThatThrownBy(() -> forgotten.queryAgentState("1001")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoppedAdapterRefusesRequestsAndActivations() {
        CtiConnectionFactory factory = (CtiConnectionFactory) managedFactory.createConnectionFactory();
        adapter.stop();

        assertThatThrownBy(factory::linkStatus).isInstanceOf(CtiLinkDownException.class)
                .hasMessageContaining("not running");
        assertThatThrownBy(() -> adapter.endpointActivation(new RecordingEndpoints("late", 1), null))
                .isInstanceOf(ResourceException.class);
    }
}
