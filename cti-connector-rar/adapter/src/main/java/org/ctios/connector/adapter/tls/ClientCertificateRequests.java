package org.ctios.connector.adapter.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The client's key manager (CTI OS's own certificate, or none), noting on which sockets the server asked for a client
 * certificate. TLS 1.3 finishes the client's handshake before the server has checked that certificate, so a server
 * that refuses it simply closes the connection after the handshake; this note tells why.
 */
final class ClientCertificateRequests extends X509ExtendedKeyManager {

    /** CTI OS's certificate, or {@code null} when it has none. */
    private final X509ExtendedKeyManager own;
    /** Whether a certificate was sent, for each socket the server asked; weak: forgotten with the socket. */
    private final Map<Socket, Boolean> asked = Collections.synchronizedMap(new WeakHashMap<>());

    ClientCertificateRequests(X509ExtendedKeyManager own) {
        this.own = own;
    }

    /** What became of a client certificate in this socket's handshake. */
    ClientCertificate of(Socket socket) {
        Boolean sent = asked.get(socket);
        return sent == null ? ClientCertificate.NOT_ASKED : sent ? ClientCertificate.SENT : ClientCertificate.NONE_SENT;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        String alias = own == null ? null : own.chooseClientAlias(keyTypes, issuers, socket);
        asked.put(socket, alias != null);
        return alias;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return own == null ? null : own.chooseEngineClientAlias(keyTypes, issuers, engine);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return own == null ? null : own.getClientAliases(keyType, issuers);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return own == null ? null : own.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return own == null ? null : own.getPrivateKey(alias);
    }

    // A client has no server side.

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
