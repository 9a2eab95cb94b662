package org.ctios.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.ctios.web.idempotency.IdempotencyKeys.Claim;
import org.ctios.web.idempotency.IdempotencyKeys.Verdict;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

class IdempotencyKeysTest {

    private final MovableClock clock = new MovableClock();
    private final IdempotencyKeys keys = new IdempotencyKeys(Duration.ofHours(24), 3, clock);
    private final byte[] dial = keys.fingerprint("POST", "/cti/api/calls", bytes("{\"agentId\":\"1001\"}"));
    private final Outcome created = new Outcome(201, "the call", null, "application/json",
            Map.of("Location", "http://h/cti/api/calls/7"));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Claim answered(String account, String key, byte[] fingerprint, Outcome outcome) {
        Claim claim = keys.claim(account, key, fingerprint);
        assertThat(claim.verdict()).isEqualTo(Verdict.FIRST);
        keys.complete(claim.ticket(), outcome);
        return claim;
    }

    @Test
    void theSameRequestAgainIsAReplayOfTheFirstAnswer() {
        answered("crm", "k1", dial, created);

        Claim again = keys.claim("crm", "k1", dial.clone());

        assertThat(again.verdict()).isEqualTo(Verdict.REPLAY);
        assertThat(again.outcome()).isEqualTo(created);
    }

    @Test
    void anotherRequestWithTheKeyIsReused() {
        answered("crm", "k1", dial, created);

        assertThat(keys.claim("crm", "k1", keys.fingerprint("POST", "/cti/api/calls", bytes("{\"agentId\":\"1002\"}")))
                .verdict()).isEqualTo(Verdict.REUSED);
        assertThat(keys.claim("crm", "k1", keys.fingerprint("PUT", "/cti/api/calls", bytes("{\"agentId\":\"1001\"}")))
                .verdict()).isEqualTo(Verdict.REUSED);
        assertThat(keys.claim("crm", "k1", keys.fingerprint("POST", "/cti/api/calls?x", bytes("{\"agentId\":\"1001\"}")))
                .verdict()).isEqualTo(Verdict.REUSED);
    }

    @Test
    void theSameRequestWhileTheFirstIsCarriedOutIsInProgressAndAReusedKeyStillReused() {
        Claim first = keys.claim("crm", "k1", dial);

        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.IN_PROGRESS);
        assertThat(keys.claim("crm", "k1", new byte[32]).verdict()).isEqualTo(Verdict.REUSED);
        keys.complete(first.ticket(), created);
        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.REPLAY);
    }

    @Test
    void anotherAccountsSameKeyIsItsOwn() {
        answered("crm", "k1", dial, created);

        assertThat(keys.claim("1001", "k1", dial).verdict()).isEqualTo(Verdict.FIRST);
        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.REPLAY);
    }

    @Test
    void aKeyIsForgottenWhenItsRetentionHasPassedSinceItsFirstRequest() {
        answered("crm", "k1", dial, created);
        clock.advance(Duration.ofHours(24).minusMillis(1));
        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.REPLAY);

        clock.advance(Duration.ofMillis(1));

        assertThat(keys.size()).isZero();
        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.FIRST);
    }

    @Test
    void whenFullTheOldestKeyGoes() {
        answered("crm", "k1", dial, created);
        clock.advance(Duration.ofSeconds(1));
        answered("crm", "k2", dial, created);
        answered("crm", "k3", dial, created);
        assertThat(keys.claim("crm", "k1", dial).verdict()).as("a replay does not make a key younger")
                .isEqualTo(Verdict.REPLAY);

        answered("crm", "k4", dial, created);

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.claim("crm", "k2", dial).verdict()).isEqualTo(Verdict.REPLAY);
        assertThat(keys.claim("crm", "k1", dial).verdict()).as("the oldest went").isEqualTo(Verdict.FIRST);
        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void theAnswerOfAForgottenKeyIsNotKept() {
        Claim first = keys.claim("crm", "k1", dial);
        answered("crm", "k2", dial, created);
        answered("crm", "k3", dial, created);
        answered("crm", "k4", dial, created);

        keys.complete(first.ticket(), created);

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.claim("crm", "k2", dial).verdict()).isEqualTo(Verdict.REPLAY);
    }

    @Test
    void aReleasedKeyIsCarriedOutAfresh() {
        Claim first = keys.claim("crm", "k1", dial);

        keys.release(first.ticket());

        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.FIRST);
    }

    @Test
    void aKeyInProgressForLongerThanAnyRequestTakesCountsAsAbandoned() {
        Claim first = keys.claim("crm", "k1", dial);
        clock.advance(IdempotencyKeys.ABANDONED_AFTER.minusSeconds(1));
        assertThat(keys.claim("crm", "k1", dial).verdict()).isEqualTo(Verdict.IN_PROGRESS);

        clock.advance(Duration.ofSeconds(1));
        Claim again = keys.claim("crm", "k1", dial);

        assertThat(again.verdict()).isEqualTo(Verdict.FIRST);
        keys.complete(first.ticket(), created);
        assertThat(keys.claim("crm", "k1", dial).verdict()).as("the abandoned request's answer is not kept")
                .isEqualTo(Verdict.IN_PROGRESS);
    }

    @Test
    void theDigestDependsOnMethodPathAndBodyAndIsSaltedPerServer() {
        assertThat(keys.fingerprint("POST", "/a", bytes("x"))).isEqualTo(keys.fingerprint("POST", "/a", bytes("x")))
                .isNotEqualTo(keys.fingerprint("POST", "/a", bytes("y")))
                .isNotEqualTo(keys.fingerprint("PUT", "/a", bytes("x")))
                .isNotEqualTo(keys.fingerprint("POST", "/b", bytes("x")))
                .isNotEqualTo(keys.fingerprint("POST", "/ax", bytes("")));
        assertThat(new IdempotencyKeys(Duration.ofHours(1), 1, clock).fingerprint("POST", "/a", bytes("x")))
                .isNotEqualTo(keys.fingerprint("POST", "/a", bytes("x")));
    }

    @Test
    void aRetentionThatIsNotPositiveOrNoRoomForAKeyIsRefused() {
        assertThatThrownBy(() -> new IdempotencyKeys(Duration.ZERO, 10, clock).claim("crm", "k", dial))
                .hasMessageContaining(IdempotencyKeys.RETENTION);
        assertThatThrownBy(() -> new IdempotencyKeys(Duration.ofHours(1), 0, clock).claim("crm", "k", dial))
                .hasMessageContaining(IdempotencyKeys.MAX_KEYS);
    }
}
