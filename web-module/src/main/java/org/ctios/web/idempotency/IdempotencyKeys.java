package org.ctios.web.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idempotency keys this server has seen, per account, each with a digest of its request and, once answered, the
 * answer to replay. In memory only: a restart, or the CTI link moving to another server of a cluster, forgets them.
 *
 * <p>Bounded twice: a key is kept {@code ctios.api.idempotency.retention} from its first request's arrival, and at
 * most {@code ctios.api.idempotency.max-keys} keys are kept; when full, the oldest key goes (rather than refusing
 * control requests with 503: a key is only worth keeping while its client may still retry, and the oldest is the
 * least likely to be retried). Keys are kept in arrival order and all live equally long, so the oldest is also the
 * first to expire: one ordered map serves both bounds, and it is exact, which a cache evicting by frequency
 * (Caffeine's size bound) would not be. Control requests are a few per agent and minute, so one lock is ample.
 *
 * <p>A request whose answer never came back (its thread died with an error no mapper answered) would leave its key
 * "in progress" and every retry answered 409; such a key counts as abandoned after {@link #ABANDONED_AFTER}, far
 * longer than any control request takes (the CTI request timeout plus the stored-change wait).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String RETENTION = "ctios.api.idempotency.retention";
    public static final String MAX_KEYS = "ctios.api.idempotency.max-keys";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @Inject
    @ConfigProperty(name = RETENTION, defaultValue = "PT24H")
    Duration retention;

    @Inject
    @ConfigProperty(name = MAX_KEYS, defaultValue = "20000")
    int maxKeys;

    Clock clock = Clock.systemUTC();

    /** Salts the request digests: a digest of a log-in (which carries an ACD password) says nothing off this server. */
    private final byte[] salt = new SecureRandom().generateSeed(16);

    /** In arrival order; guarded by {@code this}. */
    private final Map<Scope, Ticket> entries = new LinkedHashMap<>();

    /** For CDI. */
    protected IdempotencyKeys() {
    }

    IdempotencyKeys(Duration retention, int maxKeys, Clock clock) {
        this.retention = retention;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** What became of a key's request: go ahead (and report the answer), replay, wait, or a key used for another. */
    public enum Verdict { FIRST, REPLAY, IN_PROGRESS, REUSED }

    /**
     * @param ticket  for {@link Verdict#FIRST}: what {@link #complete} or {@link #release} takes
     * @param outcome for {@link Verdict#REPLAY}: the first request's answer
     */
    public record Claim(Verdict verdict, Ticket ticket, Outcome outcome) {
    }

    /** A key's place in the store while its first request is carried out. */
    public static final class Ticket {
        private final Scope scope;
        private final byte[] fingerprint;
        private final Instant arrived;
        private Outcome outcome;

        private Ticket(Scope scope, byte[] fingerprint, Instant arrived) {
            this.scope = scope;
            this.fingerprint = fingerprint;
            this.arrived = arrived;
        }
    }

    private record Scope(String account, String key) {
    }

    /** A digest of what makes two requests the same: method, path with query, and body. */
    public byte[] fingerprint(String method, String pathAndQuery, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(method.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Claims an account's key for a request: the first time it is {@link Verdict#FIRST} and the key is held until
     * the request is answered; then the same request is a {@link Verdict#REPLAY} of that answer, another request
     * with the key {@link Verdict#REUSED}, and the same request while the first is still carried out
     * {@link Verdict#IN_PROGRESS}.
     */
    public synchronized Claim claim(String account, String key, byte[] fingerprint) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        forgetExpired(now);
        Scope scope = new Scope(account, key);
        Ticket entry = entries.get(scope);
        if (entry != null && entry.outcome == null
                && !entry.arrived.plus(ABANDONED_AFTER).isAfter(now)) {
            entries.remove(scope);
            entry = null;
        }
        if (entry == null) {
            int limit = maxKeys();
            Iterator<Ticket> oldest = entries.values().iterator();
            while (entries.size() >= limit) {
                oldest.next();
                oldest.remove();
            }
            Ticket ticket = new Ticket(scope, fingerprint.clone(), now);
            entries.put(scope, ticket);
            return new Claim(Verdict.FIRST, ticket, null);
        }
        if (!MessageDigest.isEqual(entry.fingerprint, fingerprint)) {
            return new Claim(Verdict.REUSED, null, null);
        }
        if (entry.outcome == null) {
            return new Claim(Verdict.IN_PROGRESS, null, null);
        }
        return new Claim(Verdict.REPLAY, null, entry.outcome);
    }

    /** Keeps the answer of a key's first request for the retries; a key forgotten meanwhile stays forgotten. */
    public synchronized void complete(Ticket ticket, Outcome outcome) {
        if (entries.get(ticket.scope) == ticket) {
            ticket.outcome = Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Forgets a key whose first request had no answer worth keeping: a retry with it is carried out afresh. */
    public synchronized void release(Ticket ticket) {
        if (entries.get(ticket.scope) == ticket) {
            entries.remove(ticket.scope);
        }
    }

    /** The keys remembered now. */
    synchronized int size() {
        forgetExpired(clock.instant());
        return entries.size();
    }

    private void forgetExpired(Instant now) {
        Duration kept = retention();
        Iterator<Ticket> oldest = entries.values().iterator();
        while (oldest.hasNext()) {
            if (oldest.next().arrived.plus(kept).isAfter(now)) {
                return;
            }
            oldest.remove();
        }
    }

    private Duration retention() {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalStateException(RETENTION + " must be positive, is " + retention);
        }
        return retention;
    }

    private int maxKeys() {
        if (maxKeys < 1) {
            throw new IllegalStateException(MAX_KEYS + " must be at least 1, is " + maxKeys);
        }
        return maxKeys;
    }
}
