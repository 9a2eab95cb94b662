package org.ctios.connector.adapter.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.ctios.connector.adapter.tls.StoreFile;

/**
 * The TEST-ONLY TLS stores under src/test/resources/tls (made by tools/tls-test-stores.sh): a CTI Server's
 * certificates, trusted or not, CTI OS's client certificate, and the test CA that signed them.
 */
public final class TestStores {

    public static final String PASSWORD = "test-only-password";
    /** The test CA: what both ends trust. */
    public static final String TEST_CA = "test-ca-trust.p12";
    /** A CTI Server's certificate for localhost and 127.0.0.1, signed by the test CA. */
    public static final String SERVER = "cti-server.p12";
    /** Signed by the test CA, for cti.example.invalid only. */
    public static final String SERVER_OTHER_NAME = "cti-server-other-name.p12";
    /** Self-signed: trusted by nobody. */
    public static final String SERVER_UNTRUSTED = "cti-server-untrusted.p12";
    /** CTI OS's client certificate, signed by the test CA. */
    public static final String CLIENT = "ctios-client.p12";

    private TestStores() {
    }

    public static Path path(String store) {
        try {
            return Path.of(TestStores.class.getResource("/tls/" + store).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StoreFile file(String store) {
        return new StoreFile(path(store).toString(), "PKCS12", PASSWORD);
    }

    /**
     * A TLS listener on a free loopback port with the given server certificate; when {@code clientsTrusted} names a
     * store, clients must present a certificate it trusts.
     */
    public static SSLServerSocket serverSocket(String serverStore, String clientsTrusted) throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(serverStore), PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(clientsTrusted == null ? null : load(clientsTrusted));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            socket.setNeedClientAuth(clientsTrusted != null);
            return socket;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(String store) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path(store))) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        return keyStore;
    }
}
