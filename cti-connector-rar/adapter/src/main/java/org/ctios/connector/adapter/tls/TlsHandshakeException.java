package org.ctios.connector.adapter.tls;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TLS handshake with the CTI Server failed; the message says why in the words an operator needs ("certificate
 * not trusted", "requires a client certificate"), followed by the JDK's own reason, and never a secret.
 */
public final class TlsHandshakeException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");
    /** The alerts with which a server refuses the client's certificate. */
    private static final Set<String> CLIENT_CERTIFICATE_REFUSED = Set.of("bad_certificate", "unknown_ca",
            "certificate_unknown", "certificate_expired", "certificate_revoked", "unsupported_certificate",
            "access_denied");

    private static final String REQUIRED_CERTIFICATE_MISSING =
            "the CTI Server requires a client certificate and none was sent (see tlsKeyStore)";

    private TlsHandshakeException(String reason, Throwable cause) {
        super("TLS handshake failed: " + reason, cause);
    }

    /** The failure of a handshake (or of the first reads after it, where TLS 1.3 reports a refused client). */
    static TlsHandshakeException of(IOException failure, Duration timeout, ClientCertificate certificate) {
        return new TlsHandshakeException(reason(failure, timeout, certificate), failure);
    }

    /**
     * The server closed the connection right after a handshake in which it asked for a client certificate: it
     * refused the one sent, or wanted one.
     */
    static TlsHandshakeException clientCertificateRefused(ClientCertificate certificate, String detail,
                                                         IOException failure) {
        return new TlsHandshakeException(certificate == ClientCertificate.SENT
                ? "the CTI Server refused the client certificate (" + detail + ")"
                : REQUIRED_CERTIFICATE_MISSING, failure);
    }

    private static String reason(IOException failure, Duration timeout, ClientCertificate certificate) {
        if (failure instanceof SocketTimeoutException) {
            return "no TLS answer within " + timeout.toMillis() + " ms (is it the CTI Server's TLS port?)";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return "certificate not trusted (" + cause.getMessage() + ")";
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException && cause.getMessage() != null
                    && cause.getMessage().startsWith("No ")) {
                // The JDK's host name check: "No subject alternative names matching IP address ... found".
                return "the certificate does not name the host (" + cause.getMessage() + ")";
            }
        }
        String message = String.valueOf(failure.getMessage());
        Matcher alert = ALERT.matcher(message);
        if (alert.find()) {
            return alertReason(alert.group(1), certificate);
        }
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "the answer was not TLS (is it the CTI Server's TLS port?)";
        }
        if (failure instanceof EOFException || failure instanceof SocketException
                || message.contains("Remote host terminated the handshake")) {
            return "the CTI Server closed the connection (" + message + ")";
        }
        return message;
    }

    private static String alertReason(String alert, ClientCertificate certificate) {
        if ("certificate_required".equals(alert)
                || CLIENT_CERTIFICATE_REFUSED.contains(alert) && certificate == ClientCertificate.NONE_SENT) {
            return REQUIRED_CERTIFICATE_MISSING;
        }
        if (CLIENT_CERTIFICATE_REFUSED.contains(alert)) {
            return "the CTI Server refused the client certificate (" + alert + ")";
        }
        if ("protocol_version".equals(alert)) {
            return "no TLS version in common with the CTI Server (see tlsProtocols)";
        }
        return "the CTI Server refused the handshake (" + alert + ")";
    }
}
