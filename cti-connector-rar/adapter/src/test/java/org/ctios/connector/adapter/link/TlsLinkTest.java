package org.ctios.connector.adapter.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.testing.ScriptedServer;
import org.ctios.connector.adapter.testing.TestSettings;
import org.ctios.connector.adapter.testing.TestStores;
import org.ctios.connector.adapter.testing.ThreadWorks;
import org.ctios.connector.adapter.tls.StoreFile;
import org.ctios.connector.adapter.tls.TlsSettings;
import org.ctios.connector.api.LinkStatus;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The link over TLS against a TLS listener of the test's own, with the test-only stores: a trusted server opens as
 * over plain TCP; an untrusted certificate, a certificate for another host and a missing client certificate are
 * each the link's last error in plain words, and the link keeps retrying as after any failed connection.
 */
class TlsLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ThreadWorks works = new ThreadWorks();
    private CtiLink link;

    @AfterEach
    void stopLink() throws Exception {
        if (link != null) {
            assertThat(link.stop(5, TimeUnit.SECONDS)).as("the link stops within 5 s").isTrue();
        }
        await("no link thread left running").atMost(Duration.ofSeconds(1)).until(() -> works.alive() == 0);
    }

    /** A CTI Server over TLS that opens every session and answers its heartbeats. */
    private static ScriptedServer server(String certificate, String clientsTrusted) throws IOException {
        return new ScriptedServer(TestStores.serverSocket(certificate, clientsTrusted), session -> {
            session.open();
            for (CtiMessage message = session.read(); message != null; message = session.read()) {
                if (message instanceof HeartbeatReq heartbeat) {
                    session.send(new HeartbeatConf(heartbeat.invokeId()));
                }
            }
        });
    }

    private static TlsSettings trustingTheTestCa(StoreFile clientCertificate, boolean verifyHostName) {
        return new TlsSettings(true, TestStores.file(TestStores.TEST_CA), clientCertificate, verifyHostName,
                List.of("TLSv1.3", "TLSv1.2"));
    }

    private void startLink(int port, TlsSettings tls) {
        link = new CtiLink(TestSettings.sides(port).tls(tls).link(), SocketFactory.getDefault(), Clock.systemUTC(),
                new IgnoringListener(), new IgnoringListener(), new KnownDevices(),
                new LinkStatusHolder(Clock.systemUTC()));
        works.start("cti-link", link);
    }

    @Test
    void theLinkOpensOverTlsToAServerWhoseCertificateTheTrustStoreTrusts() throws Exception {
        try (ScriptedServer server = server(TestStores.SERVER, null)) {
            startLink(server.port(), trustingTheTestCa(StoreFile.none(), true));

            await().atMost(WAIT).until(() -> link.status().connected());
            assertThat(server.received()).first().isInstanceOf(OpenReq.class);
            Instant firstHeartbeat = awaitHeartbeat(null);
            awaitHeartbeat(firstHeartbeat);
            assertThat(link.status().reconnects()).as("the session holds").isZero();
            assertThat(server.sessions()).isEqualTo(1);
        }
    }

    @Test
    void anUntrustedServerCertificateIsTheLinksLastErrorAndTheLinkRetries() throws Exception {
        try (ScriptedServer server = server(TestStores.SERVER_UNTRUSTED, null)) {
            startLink(server.port(), trustingTheTestCa(StoreFile.none(), true));

            await().atMost(WAIT).until(() -> server.sessions() >= 3);
            LinkStatus status = link.status();
            assertThat(status.connected()).isFalse();
            assertThat(status.lastError()).startsWith("side A (127.0.0.1:" + server.port()
                    + "): TLS handshake failed: certificate not trusted");
            assertThat(server.received()).as("not a byte of the protocol went to an untrusted server").isEmpty();
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefusedUnlessTheHostNameCheckIsOff() throws Exception {
        try (ScriptedServer server = server(TestStores.SERVER_OTHER_NAME, null)) {
            startLink(server.port(), trustingTheTestCa(StoreFile.none(), true));
            await().atMost(WAIT).until(() -> link.status().lastError() != null);
            assertThat(link.status().lastError()).contains("TLS handshake failed: the certificate does not name "
                    + "the host").contains("127.0.0.1");
            assertThat(link.stop(5, TimeUnit.SECONDS)).isTrue();

            startLink(server.port(), trustingTheTestCa(StoreFile.none(), false));
            await().atMost(WAIT).until(() -> link.status().connected());
        }
    }

    @Test
    void aServerThatRequiresAClientCertificateRefusesTheLinkWithoutOne() throws Exception {
        try (ScriptedServer server = server(TestStores.SERVER, TestStores.TEST_CA)) {
            startLink(server.port(), trustingTheTestCa(StoreFile.none(), true));

            await().atMost(WAIT).until(() -> server.sessions() >= 2 && link.status().lastError() != null);
            assertThat(link.status().connected()).isFalse();
            assertThat(link.status().lastError()).contains("TLS handshake failed: the CTI Server requires a client "
                    + "certificate and none was sent");
            assertThat(server.received()).as("the server read nothing from the link").isEmpty();
        }
    }

    @Test
    void withItsClientCertificateTheLinkOpensOnAServerThatRequiresOne() throws Exception {
        try (ScriptedServer server = server(TestStores.SERVER, TestStores.TEST_CA)) {
            startLink(server.port(), trustingTheTestCa(TestStores.file(TestStores.CLIENT), true));

            await().atMost(WAIT).until(() -> link.status().connected());
            assertThat(server.received()).first().isInstanceOf(OpenReq.class);
        }
    }

    private Instant awaitHeartbeat(Instant after) {
        await().atMost(WAIT).until(() -> link.status().lastHeartbeat() != null
                && (after == null || link.status().lastHeartbeat().isAfter(after)));
        return link.status().lastHeartbeat();
    }

    /** This test looks at the link's status only. */
    private static final class IgnoringListener implements LinkListener, SnapshotListener {

        @Override
        public void linkUp(String side, OpenConf confirmation, Instant at) {
        }

        @Override
        public void linkDown(String reason, Instant at) {
        }

        @Override
        public void event(CtiMessage message, Instant receivedAt) {
        }

        @Override
        public void snapshotStarted(String side, Instant at) {
        }

        @Override
        public void agentSnapshot(String agentId, QueryAgentStateConf state, Instant at) {
        }

        @Override
        public void callSnapshot(long callId, SnapshotCallConf call, Instant at) {
        }

        @Override
        public void snapshotCompleted(boolean complete, Set<String> agentIds, Set<Long> callIds,
                                      Set<Long> callIdsAsked, Instant at) {
        }
    }
}
