package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CTI Server's TLS ports, with the test-only stores of src/test/resources/tls (tools/tls-test-stores.sh): the
 * protocol over TLS on both sides beside the plain ports, client certificates required when asked for, and a failed
 * side closing its TLS port too.
 */
class TlsPortsTest {

    private static final String PASSWORD = "test-only-password";

    private PbxSimulator simulator;

    @AfterEach
    void stop() throws Exception {
        if (simulator != null) {
            simulator.close();
        }
    }

    private void start(ServerTls tls) throws IOException {
        simulator = PbxSimulator.start(PbxSimulator.Settings.forTests(ScenarioLoader.demo().withCallsPerSecond(0))
                .withTls(tls));
    }

    private static ServerTls tls() {
        return ServerTls.of(0, 0, store("cti-server.p12"), PASSWORD);
    }

    @Test
    void eachSideServesTheProtocolOverTlsBesideItsPlainPort() throws Exception {
        start(tls());

        for (int port : new int[] {simulator.tlsSideAPort(), simulator.tlsSideBPort()}) {
            SSLSocket socket = connect(port, null);
            try (TestClient client = new TestClient(socket)) {
                assertThat(client.openMonitor().peripheralOnline()).isTrue();
                client.send(new HeartbeatReq(8));
                assertThat(client.read()).isEqualTo(new HeartbeatConf(8));
                assertThat(socket.getSession().getPeerCertificates()[0].toString()).contains("CN=localhost");
            }
        }
        try (TestClient plain = new TestClient(simulator.sideAPort())) {
            assertThat(plain.openMonitor()).as("the plain port as before").isInstanceOf(OpenConf.class);
        }
        assertThat(simulator.tlsSideAPort()).isNotIn(simulator.sideAPort(), simulator.sideBPort());
    }

    @Test
    void withoutAKeyStoreThereIsNoTlsPort() throws Exception {
        simulator = PbxSimulator.startQuietDemo(0);

        assertThat(simulator.tlsSideAPort()).isEqualTo(-1);
        assertThat(simulator.tlsSideBPort()).isEqualTo(-1);
    }

    @Test
    void aTlsPortThatRequiresClientCertificatesServesOnlyAClientThatPresentsATrustedOne() throws Exception {
        start(tls().requiringClientCertificates(store("test-ca-trust.p12"), PASSWORD));

        try (TestClient withCertificate = new TestClient(connect(simulator.tlsSideAPort(), "ctios-client.p12"))) {
            assertThat(withCertificate.openMonitor().peripheralOnline()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (TestClient without = new TestClient(connect(simulator.tlsSideAPort(), null))) {
                without.openMonitor();
            }
        }).as("refused, in the handshake or at the first read after it").isInstanceOf(IOException.class);
        assertThat(simulator.openSessionCount()).isZero();
    }

    @Test
    void aFailedSideClosesItsTlsPortTooAndARestoredOneOpensItAgain() throws Exception {
        start(tls());
        int tlsPort = simulator.tlsSideAPort();
        try (TestClient onA = new TestClient(connect(tlsPort, null))) {
            onA.openMonitor();

            simulator.failSide("A");

            assertThat(onA.read()).as("the TLS session is dropped").isNull();
            assertThatThrownBy(() -> connect(tlsPort, null)).isInstanceOf(ConnectException.class);
        }
        simulator.restoreSide("A");
        assertThat(simulator.tlsSideAPort()).isEqualTo(tlsPort);
        try (TestClient again = new TestClient(connect(tlsPort, null))) {
            assertThat(again.openMonitor().peripheralOnline()).isTrue();
        }
    }

    /** A TLS client trusting the test CA, with the client certificate of {@code keyStore} if not null. */
    private static SSLSocket connect(int port, String keyStore) throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore == null ? null : load(keyStore), PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load("test-ca-trust.p12"));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                    port);
            socket.startHandshake();
            return socket;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(String name) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store(name))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static Path store(String name) {
        try {
            return Path.of(TlsPortsTest.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
