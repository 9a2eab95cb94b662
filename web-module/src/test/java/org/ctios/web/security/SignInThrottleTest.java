package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

/** When failed sign-ins make the next attempt wait, and for how long. */
class SignInThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15),
            clock);

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void theFreeFailuresCostNoPauseTheNextOneDoublesUpToTheLongest() {
        fail("crm", ADDRESS, 4);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).isEmpty();

        fail("crm", ADDRESS, 1);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofSeconds(1));
        fail("crm", ADDRESS, 1);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofSeconds(2));
        fail("crm", ADDRESS, 3);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofSeconds(16));
        fail("crm", ADDRESS, 30);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aPauseRunsOutWithTimeAndTheFailuresAreForgottenAfterTheLongestPause() {
        fail("crm", ADDRESS, 7);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofSeconds(4));

        clock.advance(Duration.ofMillis(2500));
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofMillis(1500));
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.pauseLeft("crm", ADDRESS)).isEmpty();

        // one more failure now pauses at once, and longer: the count is still there
        fail("crm", ADDRESS, 1);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).contains(Duration.ofSeconds(8));

        clock.advance(Duration.ofMinutes(15));
        fail("crm", ADDRESS, 1);
        assertThat(throttle.pauseLeft("crm", ADDRESS)).as("counted afresh").isEmpty();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        fail("crm", ADDRESS, 5);
        throttle.succeeded("crm");
        assertThat(throttle.pauseLeft("crm", ADDRESS)).isEmpty();

        for (int account = 0; account < 16; account++) {
            fail("guess" + account, ADDRESS, 1);
            throttle.succeeded("guess" + account);
        }
        assertThat(throttle.pauseLeft("1001", ADDRESS)).as("every account from the guessing address")
                .contains(Duration.ofSeconds(2));
        assertThat(throttle.pauseLeft("1001", "192.0.2.11")).as("another address").isEmpty();
    }

    @Test
    void oneAccountsPauseHoldsFromEveryAddressAndNamesDifferingInCaseAreOne() {
        fail("Supervisor1", "192.0.2.1", 3);
        fail("supervisor1", "192.0.2.2", 2);

        assertThat(throttle.pauseLeft("SUPERVISOR1", "192.0.2.3")).contains(Duration.ofSeconds(1));
        assertThat(throttle.pauseLeft("supervisor2", "192.0.2.3")).isEmpty();
    }

    @Test
    void settingsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new SignInThrottle(0, 20, Duration.ofSeconds(1), Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("free-failures-per-account");
        assertThatThrownBy(() -> new SignInThrottle(5, 20, Duration.ZERO, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-pause");
        assertThatThrownBy(() -> new SignInThrottle(5, 20, Duration.ofMinutes(2), Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longest-pause");
    }
}
