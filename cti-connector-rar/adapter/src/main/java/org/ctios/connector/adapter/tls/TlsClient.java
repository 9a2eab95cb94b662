package org.ctios.connector.adapter.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.time.Duration;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import org.ctios.connector.adapter.config.InvalidSettingException;
import org.ctios.connector.adapter.config.Setting;

/**
 * The TLS side of the link: an SSLContext built once from {@link TlsSettings} (its stores read when the connector
 * starts, so a wrong path or password fails the start, not every connection), which secures each connected socket
 * with a handshake bounded in time.
 */
public final class TlsClient {

    private final TlsSettings settings;
    private final SSLSocketFactory sockets;
    private final ClientCertificateRequests certificateRequests;

    private TlsClient(TlsSettings settings, SSLSocketFactory sockets, ClientCertificateRequests certificateRequests) {
        this.settings = settings;
        this.sockets = sockets;
        this.certificateRequests = certificateRequests;
    }

    /**
     * Reads the stores the settings name and builds the context.
     *
     * @throws InvalidSettingException naming the store setting whose file cannot be read or opened
     */
    public static TlsClient of(TlsSettings settings) {
        try {
            ClientCertificateRequests keys = new ClientCertificateRequests(settings.keyStore().isPresent()
                    ? keyManager(settings.keyStore()) : null);
            TrustManager[] trust = settings.trustStore().isPresent() ? trustManagers(settings.trustStore()) : null;
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {keys}, trust, null);
            return new TlsClient(settings, context.getSocketFactory(), keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * Secures a connected socket: TLS over it (closing the one closes the other), the handshake done before this
     * returns, each of its reads bounded by {@code timeout}; the socket's own read timeout is kept for what follows.
     *
     * @throws TlsHandshakeException saying in plain words why the handshake failed
     */
    public SSLSocket secure(Socket connected, String host, int port, Duration timeout) throws IOException {
        SSLSocket secured = (SSLSocket) sockets.createSocket(connected, host, port, true);
        SSLParameters parameters = secured.getSSLParameters();
        parameters.setProtocols(settings.protocols().toArray(String[]::new));
        if (settings.verifyHostName()) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        secured.setSSLParameters(parameters);
        int readTimeout = connected.getSoTimeout();
        secured.setSoTimeout((int) timeout.toMillis());
        try {
            secured.startHandshake();
        } catch (IOException e) {
            throw TlsHandshakeException.of(e, timeout, certificateRequests.of(secured));
        }
        secured.setSoTimeout(readTimeout);
        return secured;
    }

    /**
     * What an I/O failure on a secured socket before the server's first answer means. TLS 1.3 ends the client's
     * handshake before the server checks the client's certificate: a server that refuses it closes the connection
     * then, with an alert the client may read or, when it is writing, lose.
     */
    public IOException failureBeforeFirstAnswer(SSLSocket socket, IOException failure, Duration timeout) {
        ClientCertificate certificate = certificateRequests.of(socket);
        if (failure instanceof SSLException) {
            return TlsHandshakeException.of(failure, timeout, certificate);
        }
        if (certificate != ClientCertificate.NOT_ASKED) {
            return TlsHandshakeException.clientCertificateRefused(certificate, failure.getMessage(), failure);
        }
        return failure;
    }

    private static X509ExtendedKeyManager keyManager(StoreFile store) throws GeneralSecurityException {
        KeyStore keyStore = load(store, TlsSettings.KEY_STORE, TlsSettings.KEY_STORE_PASSWORD);
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        try {
            factory.init(keyStore, store.password().toCharArray());
        } catch (UnrecoverableKeyException e) {
            throw new InvalidSettingException(TlsSettings.KEY_STORE_PASSWORD, "does not open the key in "
                    + store.path());
        }
        return (X509ExtendedKeyManager) factory.getKeyManagers()[0];
    }

    private static TrustManager[] trustManagers(StoreFile store) throws GeneralSecurityException {
        KeyStore trustStore = load(store, TlsSettings.TRUST_STORE, TlsSettings.TRUST_STORE_PASSWORD);
        if (trustStore.size() == 0) {
            throw new InvalidSettingException(TlsSettings.TRUST_STORE, "holds no certificate: " + store.path());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trustStore);
        return factory.getTrustManagers();
    }

    private static KeyStore load(StoreFile store, Setting<String> path, Setting<String> password)
            throws GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance(store.type());
        try (InputStream in = Files.newInputStream(Path.of(store.path()))) {
            keyStore.load(in, store.password().toCharArray());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidSettingException(password, "does not open " + store.path());
            }
            throw new InvalidSettingException(path, "cannot be read as a " + store.type() + " store: "
                    + e.getMessage());
        }
        return keyStore;
    }
}
