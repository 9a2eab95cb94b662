package org.ctios.simulator.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS ports of the CTI Server, beside the plain ones, as Cisco's CTI Server offers them: a port per side, the
 * server's certificate from a key store, and, when a client trust store is given, client certificates required and
 * checked against it. Store types are recognised from the files (PKCS12 or JKS).
 *
 * @param sideAPort                side A's TLS port, 0 for any free one
 * @param sideBPort                side B's TLS port, 0 for any free one
 * @param keyStore                 the server's key and certificate
 * @param keyStorePassword         its password (and its key's)
 * @param clientTrustStore         the certificates (or CAs) of the clients to accept; {@code null}: no client
 *                                 certificate asked for
 * @param clientTrustStorePassword its password, or {@code null}
 */
public record ServerTls(int sideAPort, int sideBPort, Path keyStore, String keyStorePassword, Path clientTrustStore,
                        String clientTrustStorePassword) {

    public ServerTls {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
    }

    /** TLS ports with the server's certificate, no client certificate asked for. */
    public static ServerTls of(int sideAPort, int sideBPort, Path keyStore, String keyStorePassword) {
        return new ServerTls(sideAPort, sideBPort, keyStore, keyStorePassword, null, null);
    }

    /** The same ports and certificate, and every client must present a certificate this store trusts. */
    public ServerTls requiringClientCertificates(Path trustStore, String trustStorePassword) {
        return new ServerTls(sideAPort, sideBPort, keyStore, keyStorePassword, Objects.requireNonNull(trustStore),
                trustStorePassword == null ? "" : trustStorePassword);
    }

    public boolean requiresClientCertificates() {
        return clientTrustStore != null;
    }

    /** The TLS context of these stores, read now: a store that cannot be read fails the start. */
    SSLContext context() throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStore.getInstance(keyStore.toFile(), keyStorePassword.toCharArray()),
                    keyStorePassword.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(clientTrustStore == null ? null
                    : KeyStore.getInstance(clientTrustStore.toFile(), clientTrustStorePassword.toCharArray()));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("the TLS stores cannot be used: " + e.getMessage(), e);
        }
    }

    /** Makes a listener of the TLS port ask for client certificates when this says so. */
    void configure(SSLServerSocket listener) {
        listener.setNeedClientAuth(requiresClientCertificates());
    }

    @Override
    public String toString() {
        return "TLS on ports " + sideAPort + " (A) and " + sideBPort + " (B) with " + keyStore
                + (requiresClientCertificates() ? ", client certificates required (" + clientTrustStore + ")" : "");
    }
}
