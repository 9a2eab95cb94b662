package org.ctios.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A bearer token from the {@code Authorization} header (RFC 6750), not yet verified. */
record BearerCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerCredential[token hidden]";
    }
}
