package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ctios.server.api.ServerBusyException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords as Jakarta Security's PBKDF2 hashes ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}). New passwords
 * get {@code ctios.security.pbkdf2-iterations} iterations; the demo accounts, whose passwords are public anyway,
 * the minimum, so seeding fifty of them costs nothing at start. A hash records its own iterations, so changing the
 * setting applies to passwords set afterwards. A matched password is remembered for
 * {@code ctios.security.verified-password-lifetime} (see {@link VerifiedPasswords}).
 *
 * <p>A derivation costs a core for a noticeable time, so at most {@code ctios.security.sign-in.concurrent-verifications}
 * (default: the number of processors) run at once; an attempt that finds none free within
 * {@code ctios.security.sign-in.verification-wait} is answered 503 with Retry-After ({@link ServerBusyException})
 * instead of queueing on every HTTP thread. A name without an account is checked against a stand-in hash of the same
 * strength, so that the answer's timing does not tell which names exist.
 */
@ApplicationScoped
public class PasswordHashing {

    /** The smallest iteration count Pbkdf2PasswordHash accepts: for the demo accounts only. */
    static final int DEMO_ITERATIONS = 1024;

    private Pbkdf2PasswordHash strong;
    private Pbkdf2PasswordHash demo;
    private VerifiedPasswords verified;
    private Semaphore verifications;
    private Duration verificationWait;
    private volatile String standIn;

    /** For the container's proxy. */
    protected PasswordHashing() {
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash strong, Pbkdf2PasswordHash demo,
                           @ConfigProperty(name = "ctios.security.pbkdf2-iterations", defaultValue = "600000")
                           int iterations,
                           @ConfigProperty(name = "ctios.security.verified-password-lifetime",
                                   defaultValue = "PT60S") Duration verifiedLifetime,
                           @ConfigProperty(name = "ctios.security.sign-in.concurrent-verifications",
                                   defaultValue = "0") int concurrentVerifications,
                           @ConfigProperty(name = "ctios.security.sign-in.verification-wait",
                                   defaultValue = "PT0.5S") Duration verificationWait) {
        this(strong, demo, iterations, verifiedLifetime, Clock.systemUTC(), concurrentVerifications,
                verificationWait);
    }

    /** For tests: as many concurrent verifications as processors. */
    PasswordHashing(Pbkdf2PasswordHash strong, Pbkdf2PasswordHash demo, int iterations, Duration verifiedLifetime,
                    Clock clock) {
        this(strong, demo, iterations, verifiedLifetime, clock, 0, Duration.ofMillis(500));
    }

    /** @param concurrentVerifications 0 for as many as there are processors */
    PasswordHashing(Pbkdf2PasswordHash strong, Pbkdf2PasswordHash demo, int iterations, Duration verifiedLifetime,
                    Clock clock, int concurrentVerifications, Duration verificationWait) {
        if (iterations < DEMO_ITERATIONS) {
            throw new IllegalArgumentException("ctios.security.pbkdf2-iterations must be " + DEMO_ITERATIONS
                    + " or more, was " + iterations);
        }
        if (concurrentVerifications < 0 || verificationWait.isNegative()) {
            throw new IllegalArgumentException("ctios.security.sign-in.concurrent-verifications and "
                    + "ctios.security.sign-in.verification-wait must not be negative, were "
                    + concurrentVerifications + " and " + verificationWait);
        }
        this.verifications = new Semaphore(concurrentVerifications == 0
                ? Runtime.getRuntime().availableProcessors() : concurrentVerifications);
        this.verificationWait = verificationWait;
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
        boolean matches = verify(password, storedHash);
        if (matches) {
            verified.remember(userName, password, storedHash);
        }
        return matches;
    }

    /** Spends as long as {@link #matches} on a name that has no account (or may not sign in); always false. */
    public boolean matchesNoAccount(char[] password) {
        String hash = standIn;
        if (hash == null) {
            // made once, on the first unknown name, not at start: most servers never see one
            hash = hash("no account has this password".toCharArray());
            standIn = hash;
        }
        verify(password, hash);
        return false;
    }

    /** @throws ServerBusyException when every permitted verification is busy for longer than the wait */
    private boolean verify(char[] password, String storedHash) {
        try {
            if (!verifications.tryAcquire(verificationWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ServerBusyException("too many sign-ins are being verified at once; try again shortly", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("the server is stopping", 1);
        }
        try {
            return strong.verify(password, storedHash);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Not a hash this implementation reads (a hand-edited row): no password matches it.
            return false;
        } finally {
            verifications.release();
        }
    }
}
