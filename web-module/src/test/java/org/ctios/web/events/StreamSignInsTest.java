package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctios.server.api.view.AccountStandingView;
import org.ctios.web.security.AccountFingerprint;
import org.junit.jupiter.api.Test;

/** Why an open stream must end, from its owner's sign-in and the accounts as they stand now. */
class StreamSignInsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T16:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA256:600000:salt:hash";

    private final AtomicInteger reads = new AtomicInteger();
    private final Map<String, AccountStandingView> standings = Map.of(
            "1001", new AccountStandingView("1001", HASH, true, false),
            "1002", new AccountStandingView("1002", HASH, false, false),
            "crm", new AccountStandingView("crm", HASH, true, true));

    private StreamSignIns signIns(boolean demoUsers) {
        return new StreamSignIns(() -> {
            reads.incrementAndGet();
            return standings;
        }, demoUsers, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static EventHub.Owner owner(String account, String credential, Instant until) {
        return new EventHub.Owner(account, 4, credential, until);
    }

    private String why(StreamSignIns signIns, EventHub.Owner owner) {
        return signIns.whyEnd(owner, NOW, () -> standings).orElse(null);
    }

    @Test
    void anAccountAsItWasKeepsItsStreams() {
        assertThat(why(signIns(true), owner("1001", AccountFingerprint.of(HASH), NOW.plusSeconds(60)))).isNull();
        assertThat(why(signIns(false), owner("1001", AccountFingerprint.of(HASH), NOW.plusSeconds(60)))).isNull();
    }

    @Test
    void aChangedPasswordADisabledOrRemovedAccountOrDemoAccountsTurnedOffEndTheStream() {
        assertThat(why(signIns(true), owner("1001", AccountFingerprint.of("an older hash"), Instant.MAX)))
                .contains("password");
        assertThat(why(signIns(true), owner("1002", AccountFingerprint.of(HASH), Instant.MAX))).contains("disabled");
        assertThat(why(signIns(true), owner("1099", AccountFingerprint.of(HASH), Instant.MAX)))
                .contains("no longer exists");
        assertThat(why(signIns(false), owner("crm", AccountFingerprint.of(HASH), Instant.MAX))).contains("demo");
        assertThat(why(signIns(true), owner("crm", AccountFingerprint.of(HASH), Instant.MAX))).isNull();
    }

    @Test
    void aStreamEndsWhenItsTokenOrItsLongestLifeRunsOut() {
        assertThat(why(signIns(true), owner("sso-user", null, NOW))).contains("expired");
        assertThat(why(signIns(true), owner("1001", AccountFingerprint.of(HASH), NOW.minusSeconds(1))))
                .contains("expired");
        assertThat(why(signIns(true), owner("sso-user", null, NOW.plusSeconds(1)))).isNull();
    }

    @Test
    void theAccountsAreReadOncePerCheckAndOnlyWhenAStreamSignedInWithAPasswordIsOpen() {
        EventHub hub = new EventHub(new EventHub.Limits(10, 10, 10, java.time.Duration.ofSeconds(30)), 1,
                Runnable::run);
        EventHub.SnapshotSource snapshots = (filter, fresh) -> new EventHub.Snapshot(hub.position(), "{}");
        hub.open(EventFilter.everything(), null, snapshots, new EventHubTest.RecordingSink(true),
                owner("sso-user", null, NOW.plusSeconds(600)));

        assertThat(signIns(true).check(hub)).isZero();
        assertThat(reads).hasValue(0);

        hub.open(EventFilter.everything(), null, snapshots, new EventHubTest.RecordingSink(true),
                owner("1001", AccountFingerprint.of(HASH), NOW.plusSeconds(600)));
        hub.open(EventFilter.everything(), null, snapshots, new EventHubTest.RecordingSink(true),
                owner("1002", AccountFingerprint.of(HASH), NOW.plusSeconds(600)));

        assertThat(signIns(true).check(hub)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }
}
