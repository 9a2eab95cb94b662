package org.ctios.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing: counts failed sign-ins per account and per client address, and after a number of free
 * failures makes the next attempt wait a pause that doubles with every further failure, up to a longest pause.
 * While a pause lasts every attempt is answered 429 without looking at the password, the right one included:
 * otherwise a guesser would simply keep going. A success forgets the account's failures, not the address's (a
 * guesser who owns one account must not reset the count of its guesses at others). Failures are forgotten once the
 * longest pause has passed since the last one.
 *
 * <p>The per-address allowance is larger than the per-account one: a contact centre's desktops often reach the
 * server from one address, and a shift's mistyped passwords must not lock the whole floor out.
 *
 * <p>Counters are Caffeine caches bounded in size, so a flood of made-up names or addresses costs bounded memory
 * (the oldest counters go first).
 */
@ApplicationScoped
public class SignInThrottle {

    /** At most this many accounts and as many addresses are counted. */
    static final int MAX_COUNTED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private Cache<String, Failures> byAccount;
    private Cache<String, Failures> byAddress;
    private int freePerAccount;
    private int freePerAddress;
    private Duration firstPause;
    private Duration longestPause;
    private Clock clock;

    /** For the container's proxy. */
    protected SignInThrottle() {
    }

    @Inject
    public SignInThrottle(
            @ConfigProperty(name = "ctios.security.sign-in.free-failures-per-account", defaultValue = "5")
            int freePerAccount,
            @ConfigProperty(name = "ctios.security.sign-in.free-failures-per-address", defaultValue = "50")
            int freePerAddress,
            @ConfigProperty(name = "ctios.security.sign-in.first-pause", defaultValue = "PT1S") Duration firstPause,
            @ConfigProperty(name = "ctios.security.sign-in.longest-pause", defaultValue = "PT15M")
            Duration longestPause) {
        this(freePerAccount, freePerAddress, firstPause, longestPause, Clock.systemUTC());
    }

    SignInThrottle(int freePerAccount, int freePerAddress, Duration firstPause, Duration longestPause, Clock clock) {
        if (freePerAccount < 1 || freePerAddress < 1) {
            throw new IllegalArgumentException("ctios.security.sign-in.free-failures-per-account and -per-address "
                    + "must be 1 or more, were " + freePerAccount + " and " + freePerAddress);
        }
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("ctios.security.sign-in.first-pause must be positive and at most "
                    + "ctios.security.sign-in.longest-pause, were " + firstPause + " and " + longestPause);
        }
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.clock = clock;
        this.byAccount = counters(longestPause, clock);
        this.byAddress = counters(longestPause, clock);
    }

    private static Cache<String, Failures> counters(Duration remembered, Clock clock) {
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        return Caffeine.newBuilder().maximumSize(MAX_COUNTED).expireAfterWrite(remembered).ticker(ticker).build();
    }

    /** How long this attempt must still wait, if the account or the address is paused; empty when it may go on. */
    public Optional<Duration> pauseLeft(String account, String address) {
        Instant now = clock.instant();
        Duration left = longer(left(byAccount.getIfPresent(key(account)), freePerAccount, now),
                left(byAddress.getIfPresent(address), freePerAddress, now));
        return left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** The attempt's password was wrong, or its account unknown or disabled. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        byAccount.asMap().merge(key(account), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        byAddress.asMap().merge(address, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    /** The attempt signed in: the account's failures are forgotten. */
    public void succeeded(String account) {
        byAccount.invalidate(key(account));
    }

    /** Names differing only in case count as one: a guesser must not get fresh allowances by changing case. */
    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }

    private Duration left(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(pause(failures.count() - free)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The pause after {@code beyondFree} failures more than the free ones: doubling, up to the longest. */
    private Duration pause(int beyondFree) {
        if (beyondFree >= 30) {
            return longestPause;
        }
        Duration pause = firstPause.multipliedBy(1L << beyondFree);
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    private static Duration longer(Duration first, Duration second) {
        return first.compareTo(second) >= 0 ? first : second;
    }
}
