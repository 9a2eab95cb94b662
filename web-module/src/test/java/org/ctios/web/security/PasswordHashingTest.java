package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ctios.server.api.ServerBusyException;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

/** PBKDF2 through Jakarta Security's implementation (the one Payara bundles), and the verified-password memory. */
class PasswordHashingTest {

    private static final int ITERATIONS = 3000;

    private final MovableClock clock = new MovableClock();
    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl(),
            new Pbkdf2PasswordHashImpl(), ITERATIONS, Duration.ofSeconds(60), clock);

    @Test
    void aHashIsSaltedPbkdf2WithTheConfiguredIterationsAndNeverThePassword() {
        String first = hashing.hash("s3cret-password".toCharArray());
        String second = hashing.hash("s3cret-password".toCharArray());

        assertThat(first).startsWith("PBKDF2WithHmacSHA256:" + ITERATIONS + ":").doesNotContain("s3cret");
        assertThat(first).isNotEqualTo(second);
        assertThat(hashing.hashForDemo("1001".toCharArray()))
                .startsWith("PBKDF2WithHmacSHA256:" + PasswordHashing.DEMO_ITERATIONS + ":");
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hashing.hash("s3cret-password".toCharArray());

        assertThat(hashing.matches("crm", "s3cret-password".toCharArray(), stored)).isTrue();
        assertThat(hashing.matches("crm", "s3cret-passwore".toCharArray(), stored)).isFalse();
        assertThat(hashing.matches("crm", "".toCharArray(), stored)).isFalse();
    }

    @Test
    void aDemoHashIsVerifiedLikeAnyOther() {
        String stored = hashing.hashForDemo("1001".toCharArray());

        assertThat(hashing.matches("1001", "1001".toCharArray(), stored)).isTrue();
        assertThat(hashing.matches("1001", "1002".toCharArray(), stored)).isFalse();
    }

    @Test
    void aRememberedPasswordDoesNotOpenTheAccountToAnotherPasswordOrAfterAPasswordChange() {
        String stored = hashing.hash("first-password".toCharArray());
        assertThat(hashing.matches("admin", "first-password".toCharArray(), stored)).isTrue();

        assertThat(hashing.matches("admin", "other-password".toCharArray(), stored)).isFalse();
        String changed = hashing.hash("second-password".toCharArray());
        assertThat(hashing.matches("admin", "first-password".toCharArray(), changed)).isFalse();
        assertThat(hashing.matches("admin", "second-password".toCharArray(), changed)).isTrue();
    }

    @Test
    void aRememberedPasswordIsCheckedAgainAfterItsLifetime() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(60), clock);
        verified.remember("crm", "pw".toCharArray(), "hash-1");
        assertThat(verified.remembers("crm", "pw".toCharArray(), "hash-1")).isTrue();

        clock.advance(Duration.ofSeconds(60));

        assertThat(verified.remembers("crm", "pw".toCharArray(), "hash-1")).isFalse();
    }

    @Test
    void theMemoryIsBounded() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(60), clock);
        for (int i = 0; i <= VerifiedPasswords.MAX_ENTRIES; i++) {
            verified.remember("user" + i, "pw".toCharArray(), "hash");
        }

        assertThat(verified.size()).isLessThanOrEqualTo(VerifiedPasswords.MAX_ENTRIES);
    }

    @Test
    void aStoredValueThatIsNoHashMatchesNothing() {
        assertThat(hashing.matches("crm", "crm".toCharArray(), "crm")).isFalse();
        assertThat(hashing.matches("crm", "crm".toCharArray(), "PBKDF2WithHmacSHA256:x:y:z")).isFalse();
    }

    @Test
    void tooFewIterationsAreRefusedAtStart() {
        assertThatThrownBy(() -> new PasswordHashing(new Pbkdf2PasswordHashImpl(), new Pbkdf2PasswordHashImpl(),
                100, Duration.ZERO, clock)).hasMessageContaining("ctios.security.pbkdf2-iterations");
    }

    @Test
    void aNameWithoutAnAccountCostsOneFullStrengthVerification() {
        CountingHash strong = new CountingHash();
        PasswordHashing counted = new PasswordHashing(strong, new Pbkdf2PasswordHashImpl(), ITERATIONS,
                Duration.ZERO, clock);
        String stored = counted.hash("s3cret-password".toCharArray());

        assertThat(counted.matches("crm", "guess".toCharArray(), stored)).isFalse();
        assertThat(counted.matchesNoAccount("guess".toCharArray())).isFalse();
        assertThat(counted.matchesNoAccount("another-guess".toCharArray())).isFalse();

        assertThat(strong.verifiedHashes).hasSize(3);
        assertThat(strong.verifiedHashes.get(1)).as("the stand-in is as strong as a stored hash")
                .startsWith("PBKDF2WithHmacSHA256:" + ITERATIONS + ":").isNotEqualTo(stored)
                .isEqualTo(strong.verifiedHashes.get(2));
    }

    @Test
    void verificationsBeyondTheBoundAreAnsweredBusyNotQueued() throws Exception {
        CountingHash strong = new CountingHash();
        PasswordHashing bounded = new PasswordHashing(strong, new Pbkdf2PasswordHashImpl(), ITERATIONS,
                Duration.ZERO, clock, 1, Duration.ofMillis(50));
        String stored = bounded.hash("s3cret-password".toCharArray());
        strong.hold = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        strong.entered = holding;
        Thread first = new Thread(() -> bounded.matches("crm", "s3cret-password".toCharArray(), stored));
        first.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.matches("1001", "1001".toCharArray(), stored))
                .isInstanceOf(ServerBusyException.class)
                .satisfies(e -> assertThat(((ServerBusyException) e).retryAfterSeconds()).isPositive());

        strong.hold.countDown();
        first.join(10_000);
        strong.hold = null;
        assertThat(bounded.matches("crm", "s3cret-password".toCharArray(), stored)).as("a permit again").isTrue();
    }

    /** The real PBKDF2, recording which hashes it verified against, and able to hold a verification. */
    static final class CountingHash extends Pbkdf2PasswordHashImpl {
        final List<String> verifiedHashes = new CopyOnWriteArrayList<>();
        volatile CountDownLatch hold;
        volatile CountDownLatch entered;

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verifiedHashes.add(hashedPassword);
            CountDownLatch latch = hold;
            if (latch != null) {
                entered.countDown();
                try {
                    latch.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.verify(password, hashedPassword);
        }
    }
}
