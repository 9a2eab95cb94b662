package org.ctios.web.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The credentials a request carries in its {@code Authorization} header: the one place that knows the schemes,
 * HTTP Basic (RFC 7617: a {@link UsernamePasswordCredential}) and bearer tokens (RFC 6750: a
 * {@link BearerCredential}, verified by {@link BearerTokens}).
 */
final class CallerCredentials {

    /** What {@code WWW-Authenticate} offers a client without (valid) credentials. */
    static final String CHALLENGE = "Basic realm=\"CTI OS\", charset=\"UTF-8\"";

    private CallerCredentials() {
    }

    /** A header that names a scheme we do not read, or is not what its scheme says. */
    static final class MalformedCredentialsException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedCredentialsException(String message) {
            super(message);
        }
    }

    /** @return the credentials, empty when the request has no {@code Authorization} header */
    static Optional<Credential> from(String authorization) throws MalformedCredentialsException {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equals("basic")) {
            return Optional.of(basic(value));
        }
        if (scheme.equals("bearer")) {
            if (value.isEmpty()) {
                throw new MalformedCredentialsException("a Bearer Authorization needs a token");
            }
            return Optional.of(new BearerCredential(value));
        }
        throw new MalformedCredentialsException("the Authorization scheme must be Basic or Bearer");
    }

    private static Credential basic(String token) throws MalformedCredentialsException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedCredentialsException("Basic credentials must be base64 of user:password");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new MalformedCredentialsException("Basic credentials must be base64 of user:password");
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
