package org.ctios.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request one server of the cluster forwards to another, and verifies it there: an HMAC-SHA256, keyed with
 * the cluster's secret, over the method, the path and query, the body's SHA-256, the caller the forwarding server
 * signed in ({@link ForwardedCaller}), the time of signing and the request's {@code Idempotency-Key} (which decides
 * whether the holder carries the request out or answers an earlier one's result). No user's credentials travel. The receiving server
 * compares in constant time, refuses a signature more than 30 s from its own clock, and one it has seen already (a
 * replay) while it would still be on time. Plain Java: the secret and the clock are given.
 */
public final class ClusterSignature {

    /**
     * The request attribute under which a verified forwarded request keeps its signed body digest, until
     * {@link ForwardedRequestCheck} has compared the body with it.
     */
    public static final String VERIFIED_BODY_DIGEST = ClusterSignature.class.getName() + ".body-digest";
    static final String SIGNATURE = "X-Ctios-Cluster-Signature";
    static final String CALLER = "X-Ctios-Forwarded-Caller";
    static final String SIGNED_AT = "X-Ctios-Forwarded-At";
    public static final String BODY_DIGEST = "X-Ctios-Body-Digest";
    /** Signed as it is forwarded (absent and empty sign alike). The idempotency filter's header, by name. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** How far a signature's time may be from this server's clock: the servers' clocks differ a little. */
    static final Duration TOLERANCE = Duration.ofSeconds(30);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_REMEMBERED = 100_000;

    /** A forwarded request that is not signed by a server of this cluster, as it was sent: the message says why. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private final SecretKeySpec key;
    private final Clock clock;
    /** The signatures seen while on time: a second request with one of them is a replay. */
    private final Cache<String, Boolean> seen;

    public ClusterSignature(byte[] secret, Clock clock) {
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
        this.seen = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(TOLERANCE.multipliedBy(2).plusSeconds(1)).build();
    }

    /** A request's path below its context root, with its query: what is signed. */
    public static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
    }

    /** Whether a request carries a cluster signature at all (then it must be a valid one). */
    public static boolean present(UnaryOperator<String> headers) {
        return headers.apply(SIGNATURE) != null || headers.apply(CALLER) != null;
    }

    /**
     * The headers that sign a request forwarded on behalf of {@code caller}.
     *
     * @param idempotencyKey the request's {@code Idempotency-Key}, forwarded with it; null when it has none
     */
    public Map<String, String> sign(String method, String pathAndQuery, String idempotencyKey, byte[] body,
                                    ForwardedCaller caller) {
        String digest = digest(body);
        String encodedCaller = caller.encoded();
        String signedAt = String.valueOf(clock.millis());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CALLER, encodedCaller);
        headers.put(SIGNED_AT, signedAt);
        headers.put(BODY_DIGEST, digest);
        headers.put(SIGNATURE, mac(method, pathAndQuery, digest, encodedCaller, signedAt, idempotencyKey));
        return headers;
    }

    /**
     * The caller of a signed request, if its signature holds for what it says ({@link #bodyMatches} checks the body
     * against the signed digest, once it is read).
     *
     * @param headers the request's header values by name
     * @throws RefusedException when unsigned, signed with another secret or for another request, stale, or replayed
     */
    public ForwardedCaller verify(String method, String pathAndQuery, UnaryOperator<String> headers)
            throws RefusedException {
        String signature = headers.apply(SIGNATURE);
        String caller = headers.apply(CALLER);
        String signedAt = headers.apply(SIGNED_AT);
        String digest = headers.apply(BODY_DIGEST);
        if (signature == null || caller == null || signedAt == null || digest == null) {
            throw new RefusedException("a forwarded request must carry the cluster's signature, caller, time and "
                    + "body digest");
        }
        long signedMillis;
        try {
            signedMillis = Long.parseLong(signedAt);
        } catch (NumberFormatException e) {
            throw new RefusedException("the forwarded request's time is not a number");
        }
        byte[] expected = mac(method, pathAndQuery, digest, caller, signedAt, headers.apply(IDEMPOTENCY_KEY))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedException("the forwarded request is not signed with this cluster's secret, or not for "
                    + "this request");
        }
        Duration skew = Duration.between(Instant.ofEpochMilli(signedMillis), clock.instant()).abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            throw new RefusedException("the forwarded request was signed " + skew.toSeconds() + " s from this "
                    + "server's time: more than " + TOLERANCE.toSeconds() + " s");
        }
        if (seen.asMap().putIfAbsent(signature, Boolean.TRUE) != null) {
            throw new RefusedException("the forwarded request was received already (a replay)");
        }
        try {
            return ForwardedCaller.decode(caller);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
    }

    /** Whether a body is the one whose digest was signed. */
    public static boolean bodyMatches(String signedDigest, byte[] body) {
        return signedDigest != null && MessageDigest.isEqual(digest(body).getBytes(StandardCharsets.US_ASCII),
                signedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    static String digest(byte[] body) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String mac(String method, String pathAndQuery, String digest, String caller, String signedAt,
                       String idempotencyKey) {
        String signed = String.join("\n", method.toUpperCase(java.util.Locale.ROOT), pathAndQuery, digest, caller,
                signedAt, idempotencyKey == null ? "" : idempotencyKey);
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac.doFinal(signed.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
