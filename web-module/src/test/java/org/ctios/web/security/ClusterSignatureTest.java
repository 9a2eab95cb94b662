package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request signed by one server of the cluster, as the link holder verifies it. */
class ClusterSignatureTest {

    private static final byte[] SECRET = "a cluster secret of at least 32 characters".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PATH = "/api/agents/1001/state?wait=true";
    private static final byte[] BODY = "{\"state\": \"READY\"}".getBytes(StandardCharsets.UTF_8);
    private static final ForwardedCaller AGENT = ForwardedCaller.account("1001");

    private final ClusterSignature forwarding = new ClusterSignature(SECRET, clockAt(NOW));
    private final ClusterSignature holder = new ClusterSignature(SECRET, clockAt(NOW.plusSeconds(2)));

    @Test
    void aSignedRequestIsTheCallersAndCarriesNoCredentials() throws Exception {
        Map<String, String> headers = forwarding.sign("PUT", PATH, null, BODY, AGENT);

        assertThat(headers).doesNotContainKey("Authorization");
        assertThat(String.join(" ", headers.values())).doesNotContain("1001:").doesNotContain("Basic");
        assertThat(holder.verify("PUT", PATH, headers::get)).isEqualTo(AGENT);
        assertThat(ClusterSignature.bodyMatches(headers.get(ClusterSignature.BODY_DIGEST), BODY)).isTrue();
    }

    @Test
    void aTokensCallerTravelsWhole() throws Exception {
        ForwardedCaller supervisor = new ForwardedCaller("sue & co", Set.of("supervisor", "agent"), "1002", 7,
                NOW.plusSeconds(600));

        Map<String, String> headers = forwarding.sign("POST", "/api/calls", null, null, supervisor);

        assertThat(holder.verify("POST", "/api/calls", headers::get)).isEqualTo(supervisor);
        assertThat(ClusterSignature.bodyMatches(headers.get(ClusterSignature.BODY_DIGEST), new byte[0])).isTrue();
    }

    @Test
    void anotherSecretAnotherRequestOrAnotherCallerIsRefused() {
        Map<String, String> headers = forwarding.sign("PUT", PATH, null, BODY, AGENT);
        ClusterSignature stranger = new ClusterSignature("another secret of at least 32 characters!"
                .getBytes(StandardCharsets.UTF_8), clockAt(NOW));

        assertRefused(() -> stranger.verify("PUT", PATH, headers::get), "not signed with this cluster's secret");
        assertRefused(() -> holder.verify("DELETE", PATH, headers::get), "not signed with this cluster's secret");
        assertRefused(() -> holder.verify("PUT", "/api/agents/1002/state?wait=true", headers::get),
                "not signed with this cluster's secret");
        Map<String, String> admin = new HashMap<>(headers);
        admin.put(ClusterSignature.CALLER, ForwardedCaller.account("admin").encoded());
        assertRefused(() -> holder.verify("PUT", PATH, admin::get), "not signed with this cluster's secret");
    }

    /** The key decides whether the holder carries the request out or answers an earlier one's result. */
    @Test
    void theIdempotencyKeyIsSignedAsForwarded() throws Exception {
        Map<String, String> headers = new HashMap<>(forwarding.sign("PUT", PATH, "retry-42", BODY, AGENT));

        Map<String, String> another = new HashMap<>(headers);
        another.put(ClusterSignature.IDEMPOTENCY_KEY, "retry-43");
        assertRefused(() -> holder.verify("PUT", PATH, another::get), "not signed with this cluster's secret");
        Map<String, String> none = new HashMap<>(headers);
        assertRefused(() -> holder.verify("PUT", PATH, none::get), "not signed with this cluster's secret");

        headers.put(ClusterSignature.IDEMPOTENCY_KEY, "retry-42");
        assertThat(holder.verify("PUT", PATH, headers::get)).isEqualTo(AGENT);
    }

    @Test
    void anotherBodyDoesNotMatchTheSignedDigest() {
        Map<String, String> headers = forwarding.sign("PUT", PATH, null, BODY, AGENT);

        assertThat(ClusterSignature.bodyMatches(headers.get(ClusterSignature.BODY_DIGEST),
                "{\"state\": \"LOGOUT\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void anUnsignedOrPartlySignedRequestIsRefused() {
        Map<String, String> headers = new HashMap<>(forwarding.sign("PUT", PATH, null, BODY, AGENT));
        headers.remove(ClusterSignature.SIGNATURE);

        assertThat(ClusterSignature.present(headers::get)).isTrue();
        assertRefused(() -> holder.verify("PUT", PATH, headers::get), "must carry the cluster's signature");
        assertThat(ClusterSignature.present(Map.<String, String>of()::get)).isFalse();
    }

    @Test
    void aSignatureMoreThanThirtySecondsFromTheHoldersClockIsRefused() throws Exception {
        Map<String, String> headers = forwarding.sign("PUT", PATH, null, BODY, AGENT);

        assertRefused(() -> new ClusterSignature(SECRET, clockAt(NOW.plusSeconds(31))).verify("PUT", PATH,
                headers::get), "more than 30 s");
        assertRefused(() -> new ClusterSignature(SECRET, clockAt(NOW.minusSeconds(31))).verify("PUT", PATH,
                headers::get), "more than 30 s");
        assertThat(new ClusterSignature(SECRET, clockAt(NOW.plus(Duration.ofSeconds(29)))).verify("PUT", PATH,
                headers::get)).isEqualTo(AGENT);
    }

    @Test
    void aReplayIsRefused() throws Exception {
        Map<String, String> headers = forwarding.sign("PUT", PATH, null, BODY, AGENT);

        holder.verify("PUT", PATH, headers::get);

        assertRefused(() -> holder.verify("PUT", PATH, headers::get), "a replay");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable verification,
                                      String why) {
        assertThatThrownBy(verification).isInstanceOf(ClusterSignature.RefusedException.class).hasMessageContaining(why);
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
