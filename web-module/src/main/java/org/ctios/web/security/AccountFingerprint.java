package org.ctios.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A short digest of an account's stored password hash: what an open event stream remembers of the password it was
 * opened with, so that a new password is noticed without keeping the hash itself in every stream.
 */
public final class AccountFingerprint {

    private AccountFingerprint() {
    }

    public static String of(String storedPasswordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(storedPasswordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
