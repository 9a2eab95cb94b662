package org.ctios.web.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a short while that a password matched an account's stored hash, so that HTTP Basic, which sends
 * the password with every request, costs one slow PBKDF2 derivation per account and interval instead of one per
 * request. Keeps no password: a SHA-256 of it under a random per-process pepper, tied to the stored hash (a new
 * password forgets the entry at once). Bounded: at {@link #MAX_ENTRIES} the expired entries go, then all.
 */
final class VerifiedPasswords {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, byte[] digest, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] pepper = new byte[32];
    private final Duration lifetime;
    private final Clock clock;

    VerifiedPasswords(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        new SecureRandom().nextBytes(pepper);
    }

    /** Whether this password was verified against this stored hash of the account within the lifetime. */
    boolean remembers(String userName, char[] password, String storedHash) {
        Entry entry = entries.get(userName);
        if (entry == null || !entry.storedHash().equals(storedHash) || !clock.instant().isBefore(entry.expires())) {
            return false;
        }
        return MessageDigest.isEqual(entry.digest(), digest(password));
    }

    void remember(String userName, char[] password, String storedHash) {
        if (lifetime.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(userName, new Entry(storedHash, digest(password), clock.instant().plus(lifetime)));
    }

    int size() {
        return entries.size();
    }

    private byte[] digest(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(pepper);
            return sha256.digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
