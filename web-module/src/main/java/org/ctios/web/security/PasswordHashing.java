package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords as Jakarta Security's PBKDF2 hashes ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}). New passwords
 * get {@code ctios.security.pbkdf2-iterations} iterations; the demo accounts, whose passwords are public anyway,
 * the minimum, so seeding fifty of them costs nothing at start. A hash records its own iterations, so changing the
 * setting applies to passwords set afterwards. A matched password is remembered for
 * {@code ctios.security.verified-password-lifetime} (see {@link VerifiedPasswords}).
 */
@ApplicationScoped
public class PasswordHashing {

    /** The smallest iteration count Pbkdf2PasswordHash accepts: for the demo accounts only. */
    static final int DEMO_ITERATIONS = 1024;

    private Pbkdf2PasswordHash strong;
    private Pbkdf2PasswordHash demo;
    private VerifiedPasswords verified;

    /** For the container's proxy. */
    protected PasswordHashing() {
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash strong, Pbkdf2PasswordHash demo,
                           @ConfigProperty(name = "ctios.security.pbkdf2-iterations", defaultValue = "600000")
                           int iterations,
                           @ConfigProperty(name = "ctios.security.verified-password-lifetime",
                                   defaultValue = "PT60S") Duration verifiedLifetime) {
        this(strong, demo, iterations, verifiedLifetime, Clock.systemUTC());
    }

    PasswordHashing(Pbkdf2PasswordHash strong, Pbkdf2PasswordHash demo, int iterations, Duration verifiedLifetime,
                    Clock clock) {
        if (iterations < DEMO_ITERATIONS) {
            throw new IllegalArgumentException("ctios.security.pbkdf2-iterations must be " + DEMO_ITERATIONS
                    + " or more, was " + iterations);
        }
        this.strong = strong;
        strong.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations)));
        this.demo = demo;
        demo.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(DEMO_ITERATIONS)));
        this.verified = new VerifiedPasswords(verifiedLifetime, clock);
    }

    /** The stored form of a password someone chose. */
    public String hash(char[] password) {
        return strong.generate(password);
    }

    /** The stored form of a demo account's (public) password. */
    public String hashForDemo(char[] password) {
        return demo.generate(password);
    }

    /** Whether the password matches the account's stored hash. */
    public boolean matches(String userName, char[] password, String storedHash) {
        if (verified.remembers(userName, password, storedHash)) {
            return true;
        }
        boolean matches;
        try {
            matches = strong.verify(password, storedHash);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Not a hash this implementation reads (a hand-edited row): no password matches it.
            matches = false;
        }
        if (matches) {
            verified.remember(userName, password, storedHash);
        }
        return matches;
    }
}
